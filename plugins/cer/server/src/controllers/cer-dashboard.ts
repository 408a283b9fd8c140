// The CER queue of the home page and the dashboard (R2) and the cadres' CER charts (R4).
import type { Core } from '@strapi/strapi';
import { ConsoleError, consoleAction, parseListQuery, requireConsoleUser, sendRows, type HttpContext } from '@rsa/console-kit';
import { getService } from '../services/get-service';

const CHART_PROFILES = ['cadre', 'siege'];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  queue: consoleAction(async (ctx: HttpContext) => {
    const user = requireConsoleUser(ctx);
    const raw = { ...ctx.query };
    const query = parseListQuery(raw, ['since', 'lastName', 'number', 'state', 'fileNumber', 'start', 'end']);
    const rows = await getService(strapi, 'cer-dashboard').queue(user, query.filter);
    const shown = sendRows(ctx, 'cer-queue', query, rows);
    await getService(strapi, 'cer-access').auditMany(user, 'read:cer-queue', shown.map((r) => r.beneficiary));
  }),

  charts: consoleAction(async (ctx: HttpContext) => {
    const user = requireConsoleUser(ctx);
    if (!user.profiles.some((p) => CHART_PROFILES.includes(p))) throw new ConsoleError(403, 'Les graphiques sont réservés aux cadres et au siège.');
    const service = getService(strapi, 'cer-dashboard');
    const [byState, delays] = await Promise.all([service.countsByState(user), service.stateDelays(user)]);
    // Counts only, no file shown: one entry says who looked, and when.
    await getService(strapi, 'cer-access').auditMany(user, 'read:chart:cers', []);
    ctx.body = { byState, delays };
  }),
});
