// Report endpoints: a JSON list (react-admin "simple REST", all rows unless a range is given)
// and its Excel export, both through the same scoped query.
import type { Core } from '@strapi/strapi';
import { ConsoleError, consoleAction, parseListQuery, reportListQuery, requireConsoleUser, sendRows, todayInParis, type HttpContext } from '@rsa/console-kit';
import { reportExportFileName } from '@rsa/vocabulary';
import { CER_REPORT_FILE_NAMES, CER_REPORT_TITLES, cerReportCatalogue, cerReportColumns, filesWithoutCerColumns } from '../../../domain/reports/cer-report-columns';
import { reportWorkbook } from '@rsa/console-kit';
import { getService } from '../services/get-service';
import { sendFile } from './send-file';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The report's name from the path: /api/console/reports/<name>[/export]. */
const reportName = (ctx: HttpContext): string => {
  const parts = ctx.path.split('/').filter(Boolean);
  return parts[parts.length - 1] === 'export' ? parts[parts.length - 2] : parts[parts.length - 1];
};

const paramsOf = (ctx: HttpContext): Record<string, unknown> => {
  const { filter, sort: _sort, range: _range, ...rest } = ctx.query;
  const parsed = parseListQuery({ filter }, []);
  return { ...parsed.filter, ...rest };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'cer-reports');

  const rowsFor = async (ctx: HttpContext) => {
    const user = requireConsoleUser(ctx);
    const name = reportName(ctx);
    if (name === 'files-without-cer') return { user, name, rows: await service().filesWithoutCer(user, paramsOf(ctx)) };
    if (!service().isCerReport(name)) throw new ConsoleError(404, 'Rapport inconnu.');
    return { user, name, rows: await service().cerReport(user, name, paramsOf(ctx)) };
  };

  return {
    list: consoleAction(async (ctx: HttpContext) => {
      const { user, name, rows } = await rowsFor(ctx);
      // Sorted on one of the report's columns when asked (else the report's own order).
      const keys = cerReportCatalogue().find((r) => r.id === name)?.columns.map((c) => c.key) ?? [];
      const query = reportListQuery({ sort: ctx.query.sort, range: ctx.query.range }, keys);
      if (ctx.query.range === undefined) query.range = { start: 0, end: Math.max(rows.length - 1, 0) };
      const page = sendRows(ctx, `reports/${name}`, query, rows as unknown as Array<Record<string, unknown>>) as unknown as typeof rows;
      await service().audit(user, name, 'read', page.map((r) => r.beneficiary));
    }),

    export: consoleAction(async (ctx: HttpContext) => {
      const { user, name, rows } = await rowsFor(ctx);
      const title = CER_REPORT_TITLES[name as keyof typeof CER_REPORT_TITLES];
      const bytes =
        name === 'files-without-cer'
          ? await reportWorkbook(title, filesWithoutCerColumns, rows as Awaited<ReturnType<ReturnType<typeof service>['filesWithoutCer']>>)
          : await reportWorkbook(title, cerReportColumns(name as Parameters<typeof cerReportColumns>[0]), rows as Awaited<ReturnType<ReturnType<typeof service>['cerReport']>>);
      await service().audit(user, name, 'export', rows.map((r) => r.beneficiary));
      sendFile(ctx, { bytes, mime: XLSX_MIME, filename: reportExportFileName(CER_REPORT_FILE_NAMES[name as keyof typeof CER_REPORT_FILE_NAMES], todayInParis()) });
    }),

    renewalAlert: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const alert = await service().renewalAlert(user, ctx.query);
      await service().audit(user, 'cer-renewal-alert', 'read', alert.rows.map((r) => r.beneficiary));
      ctx.body = alert;
    }),
  };
};
