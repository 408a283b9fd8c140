export default ({ env }) => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET'),
  },
  apiToken: {
    salt: env('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY'),
  },
  // No front-end site to preview: the edit view's « Preview » panel would only offer to set one up.
  preview: {
    enabled: false,
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
});
