// Console API of the mail merge (CONTRACT.md `documents`): the templates to choose from, a
// formulaire for a file, a courrier or convocation for an appointment, convocations in batch.
// A merge answers the document as an attachment, or with the filed document (`save`).
import type { Core } from '@strapi/strapi';
import { ConsoleError, consoleAction, parseId, requireConsoleUser, type HttpContext } from '@rsa/console-kit';
import { isMergeTemplateKind, MERGE_TEMPLATE_KINDS, type MergeTemplateKind } from '../../../domain/merge/merge-template-kind';
import { MERGE_FIELD_LABELS, MERGE_FIELDS } from '../../../domain/merge/merge-fields';
import { sendAttachment } from './documents';
import type { MergeOutcome } from '../services/mail-merge';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const merge = () => strapi.plugin('documents').service('mail-merge');
  const body = (ctx: HttpContext): Record<string, unknown> => ({ ...(ctx.query as Record<string, unknown>), ...((ctx.request.body ?? {}) as Record<string, unknown>) });
  const answer = (ctx: HttpContext, outcome: MergeOutcome): void => {
    if ('file' in outcome) {
      sendAttachment(ctx, outcome.file);
    } else {
      ctx.status = 201;
      ctx.body = outcome.filed;
    }
  };
  return {
    templates: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      // `?kind=a,b`, or react-admin's `?filter={"kind":"a,b"}`.
      let wanted: unknown = ctx.query.kind;
      if (wanted === undefined && typeof ctx.query.filter === 'string') {
        try {
          wanted = (JSON.parse(ctx.query.filter) as { kind?: unknown }).kind;
        } catch {
          throw new ConsoleError(400, 'Filtre illisible.');
        }
      }
      const raw = typeof wanted === 'string' && wanted !== '' ? wanted.split(',') : [...MERGE_TEMPLATE_KINDS];
      const unknown = raw.filter((k) => !isMergeTemplateKind(k));
      if (unknown.length > 0) throw new ConsoleError(422, `Sorte de modèle inconnue : ${unknown.join(', ')} (${MERGE_TEMPLATE_KINDS.join(', ')}).`);
      const rows = await strapi.plugin('documents').service('merge-templates').list(raw as MergeTemplateKind[]);
      ctx.set('Content-Range', `merge-templates 0-${Math.max(0, rows.length - 1)}/${rows.length}`);
      ctx.set('Access-Control-Expose-Headers', 'Content-Range');
      ctx.body = rows;
    }),
    fields: consoleAction(async (ctx: HttpContext) => {
      requireConsoleUser(ctx);
      ctx.body = MERGE_TEMPLATE_KINDS.map((kind) => ({ kind, fields: MERGE_FIELDS[kind].map((field) => ({ field, label: MERGE_FIELD_LABELS[field] })) }));
    }),
    file: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      answer(ctx, await merge().forFile(user, parseId(ctx.params.id), body(ctx)));
    }),
    appointment: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      answer(ctx, await merge().forAppointment(user, Number(ctx.params.id), body(ctx)));
    }),
    batch: consoleAction(async (ctx: HttpContext) => {
      const user = requireConsoleUser(ctx);
      const result = await merge().batch(user, body(ctx));
      ctx.set('X-Merged-Count', String(result.merged));
      ctx.set('X-Skipped-Count', String(result.skipped));
      ctx.set('Access-Control-Expose-Headers', 'Content-Disposition, X-Merged-Count, X-Skipped-Count');
      sendAttachment(ctx, result);
    }),
  };
};
