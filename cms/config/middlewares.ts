export default [
  'global::http-log',
  'strapi::errors',
  'strapi::security',
  {
    // The console is served from this origin; CORS only matters for a console served elsewhere
    // (development with `vite`), which needs Content-Range exposed and the Range header allowed.
    name: 'strapi::cors',
    config: {
      origin: (process.env.CORS_ORIGINS ?? 'http://localhost:5173').split(','),
      expose: ['Content-Range'],
      headers: ['Content-Type', 'Authorization', 'Range', 'Accept'],
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
