// The records hanging off a file: veilles, characteristics, annex data, notes. Each list takes
// filter={"beneficiary": id}; every action checks the rights in its service.
import type { Core } from '@strapi/strapi';
import { ConsoleError, consoleAction, parseId, pickerItems, readBody, requireConsoleUser, type ConsoleUser, type HttpContext } from '@rsa/console-kit';
import type { CharacteristicCatalogue } from '../../../domain/characteristic-catalogue';
import { parseBeneficiaryId } from '../services/file-access';
import { listQueryOf, sendRows } from './send-rows';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = (name: string) => strapi.plugin('file-active').service(name);
  const beneficiaryOf = (filter: Record<string, unknown>): number => {
    if (filter.beneficiary === undefined) throw new ConsoleError(400, 'Indiquez le dossier : filter={"beneficiary": id}.');
    return parseBeneficiaryId(filter.beneficiary);
  };
  // Every read of a file's records is written to the audit trail (ACCESS.md), once the perimeter
  // check inside the service has let it through.
  const audited = async <T extends Record<string, unknown>>(user: ConsoleUser, action: `read:${string}`, beneficiaryId: number, rows: T[]): Promise<T[]> => {
    await service('audit').record(user, action, beneficiaryId);
    return rows;
  };
  const created = (ctx: HttpContext, body: unknown) => {
    ctx.status = 201;
    ctx.body = body;
  };
  return {
    standbysFind: consoleAction(async (ctx: HttpContext) => {
      const query = listQueryOf(ctx);
      const user = requireConsoleUser(ctx);
      const id = beneficiaryOf(query.filter);
      sendRows(ctx, 'standbys', query, await audited(user, 'read:standbys', id, await service('standbys').list(user, id)));
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
      const user = requireConsoleUser(ctx);
      const id = beneficiaryOf(query.filter);
      sendRows(ctx, 'characteristics', query, await audited(user, 'read:characteristics', id, await service('characteristics').history(user, id)));
    }),
    characteristicsCreate: consoleAction(async (ctx: HttpContext) => created(ctx, await service('characteristics').update(requireConsoleUser(ctx), readBody(ctx)))),

    annexFind: consoleAction(async (ctx: HttpContext) => {
      const query = listQueryOf(ctx);
      const kind = typeof query.filter.kind === 'string' ? query.filter.kind : null;
      const user = requireConsoleUser(ctx);
      const id = beneficiaryOf(query.filter);
      sendRows(ctx, 'annex-items', query, await audited(user, 'read:annex', id, await service('annex-items').list(user, id, kind)));
    }),
    annexCreate: consoleAction(async (ctx: HttpContext) => created(ctx, await service('annex-items').add(requireConsoleUser(ctx), readBody(ctx)))),
    annexDelete: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('annex-items').remove(requireConsoleUser(ctx), parseId(ctx.params.id));
    }),
    // The characteristics catalogue as the console's forms need it (any logged-in collaborator):
    // editable or not, required or not, and for lists the values a picker offers (active ones).
    characteristicDefinitionsFind: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      const query = listQueryOf(ctx);
      const catalogue = (await service('characteristic-catalogue').load()) as CharacteristicCatalogue;
      sendRows(
        ctx,
        'characteristic-definitions',
        query,
        catalogue.map((d, position) => ({
          id: position + 1,
          family: d.family,
          name: d.name,
          type: d.type,
          source: d.source,
          required: d.required,
          editable: d.source === 'user',
          values: d.type === 'list' ? pickerItems(d.values).map((v) => ({ code: v.code, label: v.label })) : null,
        })),
      );
    }),
    referenceItemsFind: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      const query = listQueryOf(ctx);
      sendRows(ctx, 'reference-items', query, await service('annex-items').referenceItems(typeof query.filter.list === 'string' ? query.filter.list : ''));
    }),

    notesFind: consoleAction(async (ctx: HttpContext) => {
      const query = listQueryOf(ctx);
      const user = requireConsoleUser(ctx);
      const notes: Array<{ beneficiary: number }> = await service('notes').list(user, query.filter);
      // One file, or "my notes" across files (the home widget): one entry per file shown.
      await service('audit').recordMany(user, 'read:notes', notes.length > 0 ? notes.map((n) => n.beneficiary) : [query.filter.beneficiary === undefined ? null : Number(query.filter.beneficiary)]);
      sendRows(ctx, 'notes', query, notes);
    }),
    notesCreate: consoleAction(async (ctx: HttpContext) => created(ctx, await service('notes').create(requireConsoleUser(ctx), readBody(ctx)))),
    notesUpdate: consoleAction(async (ctx: HttpContext) => {
      ctx.body = await service('notes').update(requireConsoleUser(ctx), parseId(ctx.params.id), readBody(ctx));
    }),
  };
};
