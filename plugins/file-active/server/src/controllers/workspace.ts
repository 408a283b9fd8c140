// The collaborator's own tools: pickers of colleagues, saved searches and search history,
// remembered alert filter, the audit trail (cadres and siège), reports and their Excel export.
import type { Core } from '@strapi/strapi';
import { consoleAction, parseId, parseListQuery, readBody, reportParams, requireConsoleUser, sendList, type HttpContext } from '@rsa/console-kit';
import type { ReportDescription } from '@rsa/vocabulary';
import { listQueryOf, sendRows } from './send-rows';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const idsOf = (value: unknown): string[] => (value === undefined || value === null || value === '' ? [] : (Array.isArray(value) ? value : [value]).map(String));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('file-active').service(name);
  return {
    usersFind: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const query = listQueryOf(ctx);
      const { q, id } = query.filter;
      // `id`: the records a picker already shows (react-admin getMany); otherwise a search on `q`.
      const ids = Array.isArray(id) ? id.map(Number).filter((n) => Number.isInteger(n) && n > 0).slice(0, 100) : undefined;
      // `profile`: a picker of référents (a report's référent) offers only them.
      sendRows(ctx, 'users', query, await service('directory').pick(user, { q: typeof q === 'string' ? q : '', ids, profiles: idsOf(query.filter.profile) }));
    }),

    // The pickers of a structure or a territory (DTAS): the code is the id the reports take.
    structuresFind: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      const query = listQueryOf(ctx);
      sendRows(ctx, 'structures', query, await service('directory').codes('structures', typeof query.filter.q === 'string' ? query.filter.q : '', idsOf(query.filter.id)));
    }),
    territoriesFind: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      const query = listQueryOf(ctx);
      sendRows(ctx, 'territories', query, await service('directory').codes('territories', typeof query.filter.q === 'string' ? query.filter.q : '', idsOf(query.filter.id)));
    }),

    savedSearchesFind: consoleAction(async (ctx: HttpContext) => {
      sendRows(ctx, 'saved-searches', listQueryOf(ctx), await service('saved-searches').list(requireConsoleUser(ctx)));
    }),
    savedSearchesCreate: consoleAction(async (ctx: HttpContext) => {
      ctx.status = 201;
      ctx.body = await service('saved-searches').create(requireConsoleUser(ctx), readBody(ctx));
    }),
    savedSearchesUpdate: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('saved-searches').rename(requireConsoleUser(ctx), parseId(ctx.params.id), readBody(ctx));
    }),
    savedSearchesDelete: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('saved-searches').remove(requireConsoleUser(ctx), parseId(ctx.params.id));
    }),
    searchHistoryFind: consoleAction(async (ctx: HttpContext) => {
      sendRows(ctx, 'search-history', listQueryOf(ctx), await service('saved-searches').history(requireConsoleUser(ctx)));
    }),

    // Named selections of files (F3), owner-only; batch actions of other modules read them by id.
    fileSelectionsFind: consoleAction(async (ctx: HttpContext) => {
      sendRows(ctx, 'file-selections', listQueryOf(ctx), await service('file-selections').list(requireConsoleUser(ctx)));
    }),
    fileSelectionsFindOne: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('file-selections').detail(requireConsoleUser(ctx), parseId(ctx.params.id));
    }),
    fileSelectionsCreate: consoleAction(async (ctx: HttpContext) => {
      ctx.status = 201;
      ctx.body = await service('file-selections').create(requireConsoleUser(ctx), readBody(ctx));
    }),
    fileSelectionsUpdate: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('file-selections').update(requireConsoleUser(ctx), parseId(ctx.params.id), readBody(ctx));
    }),
    fileSelectionsDelete: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('file-selections').remove(requireConsoleUser(ctx), parseId(ctx.params.id));
    }),

    // The commune facet's picker: the CMS communes by name or INSEE code (the code is the id).
    communesFind: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      const query = listQueryOf(ctx);
      sendRows(ctx, 'communes', query, await service('directory').communes(typeof query.filter.q === 'string' ? query.filter.q : '', idsOf(query.filter.id)));
    }),

    alertFilterGet: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('preferences').alertFilter(requireConsoleUser(ctx));
    }),
    alertFilterSet: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('preferences').setAlertFilter(requireConsoleUser(ctx), readBody(ctx));
    }),

    auditFind: consoleAction(async (ctx: HttpContext) => {
      const query = parseListQuery(ctx.query, ['at']);
      const { rows, total } = await service('audit').list(requireConsoleUser(ctx), query);
      sendList(ctx, 'audit-entries', query, rows, total);
    }),

    // Every report of /reports/<name> is a provider's in the report registry (services/report-registry).
    reportCatalogue: consoleAction(async (ctx: HttpContext) => {
      const reports: ReportDescription[] = service('report-registry').catalogue(requireConsoleUser(ctx));
      const query = parseListQuery({ range: ctx.query.range ?? JSON.stringify([0, reports.length]) }, []);
      sendList(ctx, 'reports', query, reports.slice(query.range.start, query.range.end + 1), reports.length);
    }),
    reportFind: consoleAction(async (ctx: HttpContext) => {
      const report = { user: requireConsoleUser(ctx), name: String(ctx.params.name), params: reportParams(ctx) };
      const { query, rows, total } = await service('report-registry').show(report, { sort: ctx.query.sort, range: ctx.query.range });
      sendList(ctx, `reports/${report.name}`, query, rows, total);
    }),
    reportExport: consoleAction(async (ctx: HttpContext) => {
      const { filename, buffer } = await service('report-registry').export({ user: requireConsoleUser(ctx), name: String(ctx.params.name), params: reportParams(ctx) });
      ctx.attachment(filename);
      ctx.type = XLSX;
      ctx.body = buffer;
    }),
  };
};
