// The file-active plugin serves /api/console/reports/:name for its own reports and answers 404
// for other names; its route is registered before ours. The CER reports keep their contract
// paths by being dispatched here, ahead of the router (after the accounts plugin's session
// middleware, listed before it in cms/config/middlewares.ts, which sets ctx.state.consoleUser).
import type { Core } from '@strapi/strapi';
import type { HttpContext } from '@rsa/console-kit';

const CER_REPORT_PATH = /^\/api\/console\/reports\/(cer-by-state|cer-validated|cer-not-validated|files-without-cer|cer-renewal)(\/export)?\/?$/;

export const cerReportsDispatch =
  (strapi: Core.Strapi) =>
  async (ctx: HttpContext, next: () => Promise<unknown>): Promise<void> => {
    const match = ctx.method === 'GET' ? CER_REPORT_PATH.exec(ctx.path) : null;
    if (!match || !ctx.state.consoleUser) {
      await next();
      return;
    }
    const controller = strapi.plugin('cer').controller('cer-reports') as unknown as Record<'list' | 'export', (ctx: HttpContext) => Promise<void>>;
    await controller[match[2] ? 'export' : 'list'](ctx);
  };
