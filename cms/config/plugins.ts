// The domain lives in local plugins (workspaces under ../plugins, dependencies of this app).
// E-mail: first-login / reset links go out through Strapi's e-mail plugin with the nodemailer
// provider when SMTP_HOST is set; without it the admin panel shows the link once instead
// (plugins/accounts, service `admin-links`).
const smtp = () => {
  const host = process.env.SMTP_HOST;
  if (!host) return {};
  const port = Number(process.env.SMTP_PORT ?? 587);
  const user = process.env.SMTP_USERNAME;
  return {
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host,
          port,
          // SMTPS on 465; elsewhere STARTTLS when the server offers it.
          secure: process.env.SMTP_SECURE ? process.env.SMTP_SECURE === 'true' : port === 465,
          ignoreTLS: process.env.SMTP_IGNORE_TLS === 'true',
          ...(user ? { auth: { user, pass: process.env.SMTP_PASSWORD ?? '' } } : {}),
        },
        settings: {
          defaultFrom: process.env.SMTP_FROM ?? 'ne-pas-repondre@localhost',
          defaultReplyTo: process.env.SMTP_REPLY_TO ?? process.env.SMTP_FROM ?? 'ne-pas-repondre@localhost',
        },
      },
    },
  };
};

export default ({ env }: { env: { int(name: string, fallback: number): number } }) => ({
  accounts: { enabled: true },
  'file-active': { enabled: true },
  genesis: { enabled: true },
  cer: { enabled: true },
  offers: { enabled: true },
  documents: { enabled: true },
  appointments: { enabled: true },
  fse: { enabled: true },
  ...smtp(),
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
