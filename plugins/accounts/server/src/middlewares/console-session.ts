// Every /api/console request but the public ones must carry a live session token in the
// Authorization header (never in the URL). Resolves it once and hands the collaborator to
// the controllers through ctx.state.consoleUser.
import type { Core } from '@strapi/strapi';
import { sendError, ConsoleError, type HttpContext } from '@rsa/console-kit';

const PUBLIC_PATHS = new Set(['/api/console/auth/login', '/api/console/auth/reset']);

export const consoleSession =
  (strapi: Core.Strapi) =>
  async (ctx: HttpContext, next: () => Promise<unknown>): Promise<void> => {
    if (!ctx.path.startsWith('/api/console/') || PUBLIC_PATHS.has(ctx.path)) {
      await next();
      return;
    }
    const header = ctx.request.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const resolved = token ? await strapi.plugin('accounts').service('sessions').resolve(token) : null;
    if (!resolved || !resolved.ok) {
      sendError(ctx, new ConsoleError(401, resolved?.message ?? 'Session expirée ou absente : veuillez vous reconnecter.'));
      return;
    }
    ctx.state.consoleUser = resolved.user;
    ctx.state.consoleToken = token;
    ctx.set('Cache-Control', 'no-store');
    await next();
  };
