import type { Core } from '@strapi/strapi';
import { consoleAction, parseId, readBody, requireConsoleUser, type HttpContext } from '@rsa/console-kit';
import { getService } from '../services/get-service';
import { sendFile } from './send-file';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'cer-signatures');
  return {
    start: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.body = await service().start(user, parseId(ctx.params.id), readBody(ctx));
      ctx.status = 201;
    }),
    preview: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.body = await service().preview(user, parseId(ctx.params.id));
    }),
    document: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const document = await service().pendingDocument(user, parseId(ctx.params.id));
      // The hash the console sends back with POST /signature (documentSha256) to prove what it showed.
      ctx.set('X-Document-SHA256', document.sha256);
      ctx.set('Access-Control-Expose-Headers', 'Content-Range, X-Document-SHA256');
      sendFile(ctx, document);
    }),
    confirm: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.body = await service().confirm(user, parseId(ctx.params.id), readBody(ctx).code, ctx.state.consoleToken);
    }),
    signedDocument: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      sendFile(ctx, await service().signedDocument(user, parseId(ctx.params.id)));
    }),
  };
};
