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

export default () => ({
  accounts: { enabled: true },
  'file-active': { enabled: true },
  genesis: { enabled: true },
  cer: { enabled: true },
  ...smtp(),
});
