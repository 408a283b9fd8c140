// « Rendez-vous par collaborateur » as the console's reports are served: a react-admin list of
// `reports/<name>` (all rows unless a range is given, sortable on its columns) and its Excel export.
import type { Core } from '@strapi/strapi';
import { consoleAction, reportListQuery, reportParams, requireConsoleUser, sendRows, type HttpContext } from '@rsa/console-kit';
import { COLLABORATOR_REPORT_ID } from '../../../domain/collaborator-report';
import { getService } from '../services/get-service';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';


export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'collaborator-report');
  return {
    list: consoleAction(async (ctx: HttpContext) => {
      const rows = await service().list(requireConsoleUser(ctx), reportParams(ctx));
      const query = reportListQuery({ sort: ctx.query.sort, range: ctx.query.range }, service().columnKeys());
      if (ctx.query.range === undefined) query.range = { start: 0, end: Math.max(rows.length - 1, 0) };
      sendRows(ctx, `reports/${COLLABORATOR_REPORT_ID}`, query, rows as unknown as Array<Record<string, unknown>>);
    }),

    export: consoleAction(async (ctx: HttpContext) => {
      const { filename, buffer } = await service().exportWorkbook(requireConsoleUser(ctx), reportParams(ctx));
      ctx.attachment(filename);
      ctx.type = XLSX_MIME;
      ctx.set('Cache-Control', 'no-store');
      ctx.body = buffer;
    }),
  };
};
