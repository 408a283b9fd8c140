// Moves along the validation chain (FEATURES C3, ACCESS.md): the domain decides, this service
// re-reads the state under a row lock inside the transaction and writes only if it is still the
// one decided on, so two concurrent moves never both apply. A refusal changes nothing.
import type { Core } from '@strapi/strapi';
import { ConsoleError, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { checkTransition, type CerTransitionRequest } from '../../../domain';
import { transitionsFor } from './cer-presenter';
import { COLUMN_OF, countObjectives, historyRow, loadCer } from './cer-store';
import { getService } from './get-service';
import { insertRow, updateRows, type Knex, type Row } from './sql';

const optionalText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const access = () => getService(strapi, 'cer-access');

  return {
    async list(user: ConsoleUser, id: number) {
      const cer = await access().visibleCer(user, id);
      return transitionsFor(await access().actorFor(user, cer.beneficiaryId), cer);
    },

    async apply(user: ConsoleUser, id: number, body: Record<string, unknown>) {
      const cer = await access().visibleCer(user, id);
      // Read before the transaction: on SQLite the transaction holds the only connection.
      const actor = await access().actorFor(user, cer.beneficiaryId);
      const request: CerTransitionRequest = {
        to: typeof body.to === 'string' ? body.to : String(body.to ?? ''),
        comment: optionalText(body.comment),
        decisionDate: optionalText(body.decisionDate),
        decision: optionalText(body.decision),
        end: optionalText(body.end),
        departmentDecision: optionalText(body.departmentDecision),
        referentNote: optionalText(body.referentNote),
      };
      const today = todayInParis();
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        const current = await loadCer(t, id, true);
        if (!current) throw new ConsoleError(404, 'CER introuvable.');
        const objectives = await countObjectives(t, id);
        const result = checkTransition(actor, { state: current.state, start: current.start, end: current.end, objectives: new Array(objectives).fill(null) }, request, today);
        if (!result.ok) throw new ConsoleError(result.error.httpStatus, result.error.message, { code: result.error.code, field: result.error.field ?? null });
        const { state, ...fields } = result.patch;
        const set: Row = { state, updated_by_login: user.login, updated_at: new Date() };
        for (const [field, value] of Object.entries(fields)) set[COLUMN_OF[field as keyof typeof COLUMN_OF]] = value;
        const updated = await updateRows(t, 'cers', set, { id, state: current.state });
        if (updated !== 1) throw new ConsoleError(409, 'Le CER a changé d’état entre-temps : rechargez-le avant de recommencer.');
        await insertRow(t, 'cer_history_entries', historyRow(id, { ...result.history, by: user.login, at: new Date() }));
      });
      await access().audit(user, `change:cer_state:${request.to}`, cer.beneficiaryId);
      return getService(strapi, 'cers').detail(user, id);
    },
  };
};
