import type { Core } from '@strapi/strapi';
import { consoleAction, parseId, parseListQuery, readBody, requireConsoleUser, sendList, type HttpContext } from '@rsa/console-kit';
import { APPOINTMENT_SORTABLE } from '../services/appointments';
import { getService } from '../services/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  find: consoleAction(async (ctx: HttpContext) => {
    const user = requireConsoleUser(ctx);
    const query = parseListQuery(ctx.query, APPOINTMENT_SORTABLE);
    const { rows, total } = await getService(strapi, 'appointments').list(user, query);
    sendList(ctx, 'appointments', query, rows, total);
  }),

  findOne: consoleAction(async (ctx: HttpContext) => {
    ctx.body = await getService(strapi, 'appointments').detail(requireConsoleUser(ctx), parseId(ctx.params.id));
  }),

  create: consoleAction(async (ctx: HttpContext) => {
    ctx.body = await getService(strapi, 'appointments').create(requireConsoleUser(ctx), readBody(ctx));
    ctx.status = 201;
  }),

  update: consoleAction(async (ctx: HttpContext) => {
    ctx.body = await getService(strapi, 'appointments').update(requireConsoleUser(ctx), parseId(ctx.params.id), readBody(ctx));
  }),

  summary: consoleAction(async (ctx: HttpContext) => {
    ctx.body = { id: parseId(ctx.params.id), ...(await getService(strapi, 'appointments').summary(requireConsoleUser(ctx), parseId(ctx.params.id))) };
  }),

  createCollective: consoleAction(async (ctx: HttpContext) => {
    ctx.body = await getService(strapi, 'appointments').createCollective(requireConsoleUser(ctx), readBody(ctx));
    ctx.status = 201;
  }),

  collective: consoleAction(async (ctx: HttpContext) => {
    ctx.body = await getService(strapi, 'appointments').collective(requireConsoleUser(ctx), String(ctx.params.id));
  }),

  attendance: consoleAction(async (ctx: HttpContext) => {
    ctx.body = await getService(strapi, 'appointments').recordAttendance(requireConsoleUser(ctx), String(ctx.params.id), readBody(ctx));
  }),

  agendas: consoleAction(async (ctx: HttpContext) => {
    const user = requireConsoleUser(ctx);
    const rows = await getService(strapi, 'appointments').sharedAgendas(user);
    // A short list, whole and in its own order (own agenda first): sort and range are ignored.
    sendList(ctx, 'appointment-agendas', { sort: null, filter: {}, range: { start: 0, end: Math.max(rows.length - 1, 0) } }, rows, rows.length);
  }),
});
