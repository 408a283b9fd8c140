// Console API routes live under /api/console (CONTRACT.md). Strapi's own content-API auth is
// off: the console-session middleware authenticates every /api/console request itself.
// The admin routes (admin panel, admin JWT) live under /accounts.
import { consoleRoute as route, consoleRouter } from '@rsa/console-kit';

export default {
  ...consoleRouter([
    route('POST', '/auth/login', 'auth.login'),
    route('POST', '/auth/logout', 'auth.logout'),
    route('GET', '/auth/me', 'auth.me'),
    route('POST', '/auth/password', 'auth.changePassword'),
    route('POST', '/auth/reset', 'auth.resetPassword'),
  ]),
  admin: {
    type: 'admin' as const,
    routes: [
      {
        method: 'POST',
        path: '/console-users/:documentId/access-link',
        handler: 'access-links.send',
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  },
};
