// The domain lives in local plugins (workspaces under ../plugins, dependencies of this app).
export default ({ env }: { env: { int(name: string, fallback: number): number } }) => ({
  accounts: { enabled: true },
  'file-active': { enabled: true },
  genesis: { enabled: true },
  cer: { enabled: true },
  upload: {
    config: {
      // Word templates, PDF and images are small; 20 Mo by default (UPLOAD_MAX_MB).
      sizeLimit: env.int('UPLOAD_MAX_MB', 20) * 1024 * 1024,
      // A second lock behind plugin::cer.upload-guard, which checks the content first and
      // answers in French: Strapi's own MIME check with the same four types.
      security: {
        allowedTypes: [
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          'application/pdf',
          'image/png',
          'image/jpeg',
        ],
      },
    },
  },
});
