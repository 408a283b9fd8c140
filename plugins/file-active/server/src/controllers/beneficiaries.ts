import type { Core } from '@strapi/strapi';
import { consoleAction, parseId, parseListQuery, requireConsoleUser, sendList, type HttpContext } from '@rsa/console-kit';
import { SORTABLE } from '../services/beneficiaries';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('file-active').service('beneficiaries');
  return {
    find: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, SORTABLE);
      const { rows, total } = await service().list(user, query);
      sendList(ctx, 'beneficiaries', query, rows, total);
    }),
    findOne: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const id = parseId(ctx.params.id);
      ctx.body = await service().detail(user, id);
      await strapi.plugin('file-active').service('audit').record(user, 'read:file', id);
    }),
  };
};
