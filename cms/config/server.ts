export default ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    keys: env.array('APP_KEYS'),
  },
  // Behind a reverse proxy set PUBLIC_URL so links (reset links, admin panel) use it.
  url: env('PUBLIC_URL', ''),
  proxy: env.bool('TRUST_PROXY', false),
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('LOG_STARTUP', true) },
  },
  cron: {
    enabled: env.bool('CRON_ENABLED', true),
  },
});
