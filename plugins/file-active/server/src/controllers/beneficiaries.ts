import type { Core } from '@strapi/strapi';
import { ConsoleError, consoleAction, parseId, parseListQuery, readBody, requireConsoleUser, sendList, type HttpContext } from '@rsa/console-kit';
import { SORTABLE } from '../services/beneficiaries';
import { listQueryOf, sendRows } from './send-rows';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('file-active').service(name);
  return {
    find: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, SORTABLE);
      const { rows, total } = await service('beneficiaries').list(user, query);
      if (typeof query.filter.q === 'string' && query.filter.q.trim() !== '') await service('saved-searches').recordHistory(user, query.filter);
      sendList(ctx, 'beneficiaries', query, rows, total);
    }),
    findOne: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const id = parseId(ctx.params.id);
      ctx.body = await service('beneficiaries').detail(user, id);
      await service('consultations').record(user, id);
      await service('audit').record(user, 'read:file', id);
    }),
    updateContact: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.body = await service('contact').update(user, parseId(ctx.params.id), readBody(ctx));
    }),
    requestMidem: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      ctx.status = 201;
      ctx.body = await service('characteristics').requestMidem(user, parseId(ctx.params.id), readBody(ctx));
    }),
    timeline: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const id = parseId(ctx.params.id);
      const query = listQueryOf(ctx);
      const kinds = query.filter.kinds;
      if (kinds !== undefined && (!Array.isArray(kinds) || kinds.some((k) => typeof k !== 'string'))) throw new ConsoleError(400, 'Filtre kinds invalide : liste de types attendue.');
      const items = await service('timeline').items(user, id, (kinds as string[] | undefined) ?? null);
      await service('audit').record(user, 'read:timeline', id);
      sendRows(ctx, 'timeline', { ...query, sort: null }, items);
    }),
    search: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const q = typeof ctx.query.q === 'string' ? ctx.query.q : '';
      const hits = await service('keyword-search').search(user, q);
      sendList(ctx, 'search', { sort: null, range: { start: 0, end: 19 }, filter: {} }, hits, hits.length);
    }),
  };
};
