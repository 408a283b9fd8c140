import type { Core } from '@strapi/strapi';
import { consoleAction, parseId, readBody, requireConsoleUser, type HttpContext } from '@rsa/console-kit';
import { getService } from '../services/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'cer-objectives');
  return {
    create: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.body = await service().add(user, parseId(ctx.params.id), readBody(ctx));
      ctx.status = 201;
    }),
    update: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.body = await service().update(user, parseId(ctx.params.id), parseId(ctx.params.objectiveId), readBody(ctx));
    }),
    delete: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.body = await service().remove(user, parseId(ctx.params.id), parseId(ctx.params.objectiveId));
    }),
    createLink: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.body = await service().addLink(user, parseId(ctx.params.id), parseId(ctx.params.objectiveId), readBody(ctx));
      ctx.status = 201;
    }),
    deleteLink: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.body = await service().removeLink(user, parseId(ctx.params.id), parseId(ctx.params.objectiveId), parseId(ctx.params.linkId));
    }),
  };
};
