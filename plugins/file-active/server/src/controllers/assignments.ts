import type { Core } from '@strapi/strapi';
import { ConsoleError, consoleAction, parseId, readBody, requireConsoleUser, type HttpContext } from '@rsa/console-kit';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('file-active').service('assignments');
  return {
    update: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const body = readBody(ctx);
      if (!('end' in body)) throw new ConsoleError(422, 'Indiquez la date de sortie (end) ou null pour annuler la sortie.');
      if (body.end !== null && typeof body.end !== 'string') throw new ConsoleError(422, 'La date de sortie doit être une date AAAA-MM-JJ.');
      ctx.body = await service().setEnd(user, parseId(ctx.params.id), body.end as string | null);
    }),
    create: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const body = readBody(ctx);
      ctx.status = 201;
      ctx.body = await service().addStepReferent(user, body as never);
    }),
  };
};
