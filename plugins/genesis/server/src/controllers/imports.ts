import type { Core } from '@strapi/strapi';
import { consoleAction, parseId, parseListQuery, requireConsoleUser, sendList, type HttpContext } from '@rsa/console-kit';
import { SORTABLE } from '../services/import-history';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const history = () => strapi.plugin('genesis').service('import-history');
  return {
    find: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, SORTABLE);
      const { rows, total } = await history().list(user, query);
      sendList(ctx, 'genesis-imports', query, rows, total);
    }),
    findOne: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await history().detail(requireConsoleUser(ctx), parseId(ctx.params.id));
    }),
  };
};
