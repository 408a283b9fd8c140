export default [
  'global::http-log',
  'strapi::errors',
  // Helmet with Strapi's defaults (CSP, nosniff, Referrer-Policy no-referrer, HSTS, frameguard).
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
  // No 'strapi::poweredBy': the server does not advertise what it runs (issue 8 §5).
  // The media library's files are downloads, never pages (src/middlewares/uploads-headers.ts).
  'global::uploads-headers',
  // The console at /console/, after strapi::security so it gets its headers (src/console).
  'global::console',
  'strapi::query',
  'strapi::body',
  // The console API's session (sets ctx.state.consoleUser or answers 401): behind strapi::security
  // like every response.
  'plugin::accounts.console-session',
  // Every uploaded file is checked by its content before the upload plugin stores it.
  'plugin::cer.upload-guard',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
