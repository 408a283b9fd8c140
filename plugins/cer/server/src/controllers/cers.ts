import type { Core } from '@strapi/strapi';
import { consoleAction, parseId, parseListQuery, readBody, requireConsoleUser, sendList, type HttpContext } from '@rsa/console-kit';
import { CER_SORTABLE } from '../services/cers';
import { getService } from '../services/get-service';
import { sendFile } from './send-file';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  find: consoleAction(async (ctx: HttpContext) => {
    const user = requireConsoleUser(ctx);
    const query = parseListQuery(ctx.query, CER_SORTABLE);
    const { rows, total } = await getService(strapi, 'cers').list(user, query);
    await getService(strapi, 'cer-access').auditMany(user, 'read:cers', rows.map((r: { beneficiary: number }) => r.beneficiary));
    sendList(ctx, 'cers', query, rows, total);
  }),

  findOne: consoleAction(async (ctx: HttpContext) => {
    const user = requireConsoleUser(ctx);
    const cer = await getService(strapi, 'cers').detail(user, parseId(ctx.params.id));
    await getService(strapi, 'cer-access').audit(user, 'read:cer', cer.beneficiary);
    ctx.body = cer;
  }),

  create: consoleAction(async (ctx: HttpContext) => {
    const user = requireConsoleUser(ctx);
    ctx.body = await getService(strapi, 'cers').create(user, readBody(ctx));
    ctx.status = 201;
  }),

  update: consoleAction(async (ctx: HttpContext) => {
    const user = requireConsoleUser(ctx);
    ctx.body = await getService(strapi, 'cers').update(user, parseId(ctx.params.id), readBody(ctx));
  }),

  transitions: consoleAction(async (ctx: HttpContext) => {
    const user = requireConsoleUser(ctx);
    ctx.body = await getService(strapi, 'cer-transitions').list(user, parseId(ctx.params.id));
  }),

  transition: consoleAction(async (ctx: HttpContext) => {
    const user = requireConsoleUser(ctx);
    ctx.body = await getService(strapi, 'cer-transitions').apply(user, parseId(ctx.params.id), readBody(ctx));
  }),

  document: consoleAction(async (ctx: HttpContext) => {
    const user = requireConsoleUser(ctx);
    sendFile(ctx, await getService(strapi, 'cer-documents').render(user, parseId(ctx.params.id), ctx.query.template, ctx.query.format));
  }),
});
