// The records hanging off a file: veilles, characteristics, annex data, notes. Each list takes
// filter={"beneficiary": id}; every action checks the rights in its service.
import type { Core } from '@strapi/strapi';
import { ConsoleError, consoleAction, parseId, readBody, requireConsoleUser, type HttpContext } from '@rsa/console-kit';
import { parseBeneficiaryId } from '../services/file-access';
import { listQueryOf, sendRows } from './send-rows';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('file-active').service(name);
  const beneficiaryOf = (filter: Record<string, unknown>): number => {
    if (filter.beneficiary === undefined) throw new ConsoleError(400, 'Indiquez le dossier : filter={"beneficiary": id}.');
    return parseBeneficiaryId(filter.beneficiary);
  };
  const created = (ctx: HttpContext, body: unknown) => {
    ctx.status = 201;
    ctx.body = body;
  };
  return {
    standbysFind: consoleAction(async (ctx: HttpContext) => {
      const query = listQueryOf(ctx);
      sendRows(ctx, 'standbys', query, await service('standbys').list(requireConsoleUser(ctx), beneficiaryOf(query.filter)));
    }),
    standbysCreate: consoleAction(async (ctx: HttpContext) => created(ctx, await service('standbys').add(requireConsoleUser(ctx), readBody(ctx)))),
    standbysUpdate: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('standbys').end(requireConsoleUser(ctx), parseId(ctx.params.id), readBody(ctx));
    }),
    standbysDelete: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('standbys').remove(requireConsoleUser(ctx), parseId(ctx.params.id));
    }),

    characteristicsFind: consoleAction(async (ctx: HttpContext) => {
      const query = listQueryOf(ctx);
      sendRows(ctx, 'characteristics', query, await service('characteristics').history(requireConsoleUser(ctx), beneficiaryOf(query.filter)));
    }),
    characteristicsCreate: consoleAction(async (ctx: HttpContext) => created(ctx, await service('characteristics').update(requireConsoleUser(ctx), readBody(ctx)))),

    annexFind: consoleAction(async (ctx: HttpContext) => {
      const query = listQueryOf(ctx);
      const kind = typeof query.filter.kind === 'string' ? query.filter.kind : null;
      sendRows(ctx, 'annex-items', query, await service('annex-items').list(requireConsoleUser(ctx), beneficiaryOf(query.filter), kind));
    }),
    annexCreate: consoleAction(async (ctx: HttpContext) => created(ctx, await service('annex-items').add(requireConsoleUser(ctx), readBody(ctx)))),
    annexDelete: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('annex-items').remove(requireConsoleUser(ctx), parseId(ctx.params.id));
    }),
    referenceItemsFind: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      const query = listQueryOf(ctx);
      sendRows(ctx, 'reference-items', query, await service('annex-items').referenceItems(typeof query.filter.list === 'string' ? query.filter.list : ''));
    }),

    notesFind: consoleAction(async (ctx: HttpContext) => {
      const query = listQueryOf(ctx);
      sendRows(ctx, 'notes', query, await service('notes').list(requireConsoleUser(ctx), query.filter));
    }),
    notesCreate: consoleAction(async (ctx: HttpContext) => created(ctx, await service('notes').create(requireConsoleUser(ctx), readBody(ctx)))),
    notesUpdate: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('notes').update(requireConsoleUser(ctx), parseId(ctx.params.id), readBody(ctx));
    }),
  };
};
