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
      sendFile(ctx, await service().pendingDocument(user, parseId(ctx.params.id)));
    }),
    confirm: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.body = await service().confirm(user, parseId(ctx.params.id), readBody(ctx).code);
    }),
    signedDocument: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      sendFile(ctx, await service().signedDocument(user, parseId(ctx.params.id)));
    }),
  };
};
