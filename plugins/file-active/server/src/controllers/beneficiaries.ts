import type { Core } from '@strapi/strapi';
import { ConsoleError, consoleAction, parseId, parseListQuery, readBody, requireConsoleUser, sendList, type ConsoleUser, type HttpContext, type ListQuery } from '@rsa/console-kit';
import { SORTABLE } from '../services/beneficiaries';
import { listQueryOf, sendRows } from './send-rows';

/** A list request carried in a POST body (`{"sort", "range", "filter"}`), read as the simple REST query. */
const bodyQuery = (body: Record<string, unknown>): ListQuery => {
  const asParam = (value: unknown) => (value === undefined || value === null ? undefined : JSON.stringify(value));
  return parseListQuery({ sort: asParam(body.sort), range: asParam(body.range), filter: asParam(body.filter) }, SORTABLE);
};

/** A search worth remembering in the history: any criterion but the default "recently consulted". */
const hasCriteria = (filter: Record<string, unknown>): boolean =>
  Object.entries(filter).some(([key, value]) => key !== 'recent' && value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0));

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('file-active').service(name);

  const listBeneficiaries = async (user: ConsoleUser, query: ListQuery): Promise<{ rows: Array<{ id: number }>; total: number }> => {
    // Facets checked against the CMS (unknown code → 422) and a saved selection turned into its files.
    const filter: Record<string, unknown> = await service('beneficiary-facets').prepare(user, query.filter);
    const page: { rows: Array<{ id: number }>; total: number } = await service('beneficiaries').list(user, { ...query, filter });
    if (hasCriteria(query.filter)) await service('saved-searches').recordHistory(user, query.filter);
    // A list read is one audit entry per file shown, in one INSERT (ACCESS.md).
    await service('audit').recordMany(user, 'read:list', page.rows.map((r) => r.id));
    return page;
  };
  const sendBeneficiaryPage = (ctx: HttpContext, query: ListQuery, page: { rows: unknown[]; total: number }) =>
    sendList(ctx, 'beneficiaries', query, page.rows, page.total);

  const keywordSearch = async (ctx: HttpContext, q: string) => {
    const user = requireConsoleUser(ctx);
    const hits: Array<{ beneficiary: number | null }> = await service('keyword-search').search(user, q);
    await service('audit').recordMany(user, 'read:search', hits.map((h) => h.beneficiary));
    sendList(ctx, 'search', { sort: null, range: { start: 0, end: Math.max(hits.length - 1, 0) }, filter: {} }, hits, hits.length);
  };

  return {
    find: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = parseListQuery(ctx.query, SORTABLE);
      sendBeneficiaryPage(ctx, query, await listBeneficiaries(user, query));
    }),
    /**
     * The same list, asked by POST: a search on names keeps the surname out of the request URL,
     * and so out of the access logs of proxies and servers. The console uses it whenever the
     * filter carries a text search.
     */
    searchList: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = bodyQuery(readBody(ctx));
      sendBeneficiaryPage(ctx, query, await listBeneficiaries(user, query));
    }),
    /**
     * Excel export of files (batch action): `{"filter", "sort"}` as the list takes them — the
     * ticked files `{"id": [...]}`, a saved selection `{"selection": id}` or the current search.
     */
    exportList: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = bodyQuery(readBody(ctx));
      const filter: Record<string, unknown> = await service('beneficiary-facets').prepare(user, query.filter);
      const { filename, buffer } = await service('beneficiary-export').workbook(user, { filter, sort: query.sort });
      ctx.attachment(filename);
      ctx.type = XLSX;
      ctx.body = buffer;
    }),
    findOne: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const id = parseId(ctx.params.id);
      ctx.body = await service('beneficiaries').detail(user, id);
      // Two independent writes: the answer waits for both, not for one after the other.
      await Promise.all([service('consultations').record(user, id), service('audit').record(user, 'read:file', id)]);
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
    search: consoleAction(async (ctx: HttpContext) => keywordSearch(ctx, typeof ctx.query.q === 'string' ? ctx.query.q : '')),
    /** The global search with the words in the body (`{"q": "..."}`), never in the URL. */
    searchByBody: consoleAction(async (ctx: HttpContext) => {
      const q = readBody(ctx).q;
      if (q !== undefined && typeof q !== 'string') throw new ConsoleError(400, 'Le texte recherché (q) doit être une chaîne.');
      await keywordSearch(ctx, q ?? '');
    }),
  };
};
