import type { Core } from '@strapi/strapi';
import { ConsoleError, consoleAction, requireConsoleUser, sendError, type HttpContext } from '@rsa/console-kit';
import { getService } from '../services/get-service';

// The address the caller reached the server at (PUBLIC_URL wins in the service, behind a proxy).
const originOf = (ctx: HttpContext): string => {
  const header = (name: string) => {
    const value = ctx.request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const host = header('host') ?? 'localhost';
  return `${(ctx as unknown as { protocol?: string }).protocol ?? 'http'}://${host}`;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  url: consoleAction(async (ctx: HttpContext) => {
    ctx.body = await getService(strapi, 'calendar-feed').url(requireConsoleUser(ctx), originOf(ctx));
  }),

  revoke: consoleAction(async (ctx: HttpContext) => {
    await getService(strapi, 'calendar-feed').revoke(requireConsoleUser(ctx));
    ctx.body = { revoked: true };
  }),

  /** The feed itself: no session, the secret in the address is the credential. */
  feed: async (ctx: HttpContext) => {
    try {
      const body = await getService(strapi, 'calendar-feed').render(String(ctx.params.secret ?? ''));
      ctx.set('Content-Type', 'text/calendar; charset=utf-8');
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Content-Disposition', 'inline; filename="rendez-vous-rsa.ics"');
      ctx.body = body;
    } catch (error) {
      if (error instanceof ConsoleError) return sendError(ctx, error);
      throw error;
    }
  },
});
