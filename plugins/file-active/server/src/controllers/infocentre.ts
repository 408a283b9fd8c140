// The infocentre of the console (R1, R2, R4): the alerts with their counts and rows, the home
// page's widgets, « Mon tableau de bord » and the cadres' charts. Lists of files are audited
// reads of the files shown; counts and charts leave one entry without a file.
import type { Core } from '@strapi/strapi';
import { consoleAction, readBody, reportListQuery, requireConsoleUser, sendRows, type ConsoleUser, type HttpContext } from '@rsa/console-kit';
import type { CerState } from '@rsa/vocabulary';
import { listQueryOf } from './send-rows';

type CerDashboard = {
  statesAwaiting(user: ConsoleUser): CerState[];
  countsByState(user: ConsoleUser): Promise<Array<{ state: CerState; label: string; count: number }>>;
};

const stringParams = (ctx: HttpContext): Record<string, string> => {
  const { filter } = listQueryOf(ctx);
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(filter)) if (v !== null && v !== undefined && v !== '') params[k] = String(v);
  return params;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('file-active').service(name);
  const cer = () => strapi.plugin('cer')?.service('cer-dashboard') as CerDashboard | undefined;

  return {
    alertsFind: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const alerts = await service('alerts').list(user);
      await service('audit').recordMany(user, 'read:alerts', []);
      sendRows(ctx, 'alerts', listQueryOf(ctx), alerts);
    }),

    alertRows: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const name = String(ctx.params.name);
      const rows = await service('alerts').rows(user, name, stringParams(ctx));
      const query = reportListQuery(ctx.query, service('alerts').columnsOf(name).map((c: { key: string }) => c.key));
      const shown = sendRows(ctx, `alert-rows/${name}`, query, rows) as Array<{ beneficiary: number }>;
      await service('audit').recordMany(user, `read:alert:${name}`, shown.map((r) => r.beneficiary));
    }),

    homeWidgetsGet: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('preferences').homeWidgets(requireConsoleUser(ctx));
    }),
    homeWidgetsSet: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('preferences').setHomeWidgets(requireConsoleUser(ctx), readBody(ctx));
    }),

    indicators: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const figures = await service('dashboard').caseloadFigures(user);
      const cerService = cer();
      const cers = cerService ? await cerService.countsByState(user) : [];
      const awaitingStates = cerService ? cerService.statesAwaiting(user) : [];
      const alerts = (await service('alerts').list(user)) as Array<{ id: string; title: string; count: number }>;
      await service('audit').recordMany(user, 'read:dashboard', []);
      ctx.body = {
        ...figures,
        cers,
        cersAwaiting: awaitingStates.length > 0 ? cers.filter((c) => awaitingStates.includes(c.state)).reduce((sum, c) => sum + c.count, 0) : null,
        alerts: alerts.map(({ id, title, count }) => ({ id, title, count })),
      };
    }),

    movements: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const kind = String(ctx.params.kind);
      const rows = await service('dashboard').movements(user, kind);
      const shown = sendRows(ctx, `movements/${kind}`, listQueryOf(ctx, ['date', 'lastName', 'fileNumber', 'referent']), rows) as Array<{ beneficiary: number }>;
      await service('audit').recordMany(user, `read:movements:${kind}`, shown.map((r) => r.beneficiary));
    }),

    fileActiveChart: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const by = typeof ctx.query.by === 'string' ? ctx.query.by : 'referent';
      ctx.body = await service('dashboard').fileActiveChart(user, by, ctx.query.months);
      await service('audit').recordMany(user, 'read:chart:file-active', []);
    }),
  };
};
