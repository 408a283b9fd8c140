// The CER on the home page and the dashboards (R2, R4): the CERs waiting for the user's action
// (the states the validation chain moves them out of), the count per state, and the time CERs
// spend in each state, all on the user's perimeter (the file-active scope, the one place).
import type { Core } from '@strapi/strapi';
import { ConsoleError, todayInParis, type ConsoleUser } from '@rsa/console-kit';
// parisDay converts an instant; console-kit's todayInParis is « today », which APP_TODAY pins.
import { CER_STATES, CER_STATE_SHORT_LABELS, isCerState, todayInParis as parisDay, type CerState } from '@rsa/vocabulary';
import { statesAwaitingAction } from '../../../domain/dashboard/states-awaiting-action';
import { stateDurations, type StateDuration } from '../../../domain/dashboard/state-durations';
import { placeholders, rowsOf, toInstant, toIsoDate, toNumber, type Knex } from './sql';

type Fragment = { sql: string; bindings: unknown[] };
export type CerQueueRow = {
  id: number; beneficiary: number; fileNumber: string; lastName: string; firstName: string;
  number: number; state: string; stateLabel: string; start: string | null; end: string | null; since: string | null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const scopeOf = (user: ConsoleUser, today: string): Fragment => strapi.plugin('file-active').service('scope').visibleFilesSql(user, today) as Fragment;

  /** The states a filter names: one `state`, or `awaiting` (the user's queue); nothing else. */
  const statesOf = (user: ConsoleUser, filter: Record<string, unknown>): CerState[] => {
    if (filter.awaiting === true || filter.awaiting === 'true') return statesAwaitingAction(user.profiles);
    if (isCerState(filter.state)) return [filter.state];
    throw new ConsoleError(400, 'Indiquez un état de CER (state) ou « en attente de mon action » (awaiting).');
  };

  return {
    statesAwaiting: (user: ConsoleUser): CerState[] => statesAwaitingAction(user.profiles),

    /** The CERs in the given states with their file and the day of their last move, oldest move first. */
    async queue(user: ConsoleUser, filter: Record<string, unknown>): Promise<CerQueueRow[]> {
      const states = statesOf(user, filter);
      if (states.length === 0) return [];
      const scope = scopeOf(user, todayInParis());
      const rows = rowsOf(
        await knex().raw(
          `SELECT c.id, c.number, c.state, c.start_date, c.end_date, b.id AS beneficiary_id, b.file_number, b.last_name, b.first_name,
                  (SELECT MAX(h.at) FROM cer_history_entries h WHERE h.cer_id = c.id) AS since
             FROM cers c JOIN beneficiaries b ON b.id = c.beneficiary_id
            WHERE c.state IN (${placeholders(states)}) AND ${scope.sql}
            ORDER BY since, b.last_name, c.id`,
          [...states, ...scope.bindings],
        ),
      );
      return rows.map((r) => {
        const since = toInstant(r.since);
        return {
          id: toNumber(r.id),
          beneficiary: toNumber(r.beneficiary_id),
          fileNumber: String(r.file_number ?? ''),
          lastName: String(r.last_name ?? ''),
          firstName: String(r.first_name ?? ''),
          number: toNumber(r.number),
          state: String(r.state),
          stateLabel: CER_STATE_SHORT_LABELS[r.state as CerState] ?? String(r.state),
          start: toIsoDate(r.start_date),
          end: toIsoDate(r.end_date),
          since: since ? parisDay(new Date(since)) : null,
        };
      });
    },

    /** How many CERs of the perimeter are in each state today (every state listed, zeros included). */
    async countsByState(user: ConsoleUser): Promise<Array<{ state: CerState; label: string; count: number }>> {
      const scope = scopeOf(user, todayInParis());
      const rows = rowsOf<{ state: string; n: unknown }>(
        await knex().raw(`SELECT c.state, COUNT(*) AS n FROM cers c JOIN beneficiaries b ON b.id = c.beneficiary_id WHERE ${scope.sql} GROUP BY c.state`, scope.bindings),
      );
      const counts = new Map(rows.map((r) => [r.state, toNumber(r.n)]));
      return CER_STATES.map((state) => ({ state, label: CER_STATE_SHORT_LABELS[state], count: counts.get(state) ?? 0 }));
    },

    /** Days spent in each state by the CERs of the perimeter, from their recorded moves. */
    async stateDelays(user: ConsoleUser): Promise<Array<StateDuration & { label: string }>> {
      const today = todayInParis();
      const scope = scopeOf(user, today);
      const moves = rowsOf<{ cer_id: unknown; to_state: string; at: unknown }>(
        await knex().raw(
          `SELECT h.cer_id, h.to_state, h.at FROM cer_history_entries h JOIN cers c ON c.id = h.cer_id JOIN beneficiaries b ON b.id = c.beneficiary_id WHERE ${scope.sql}`,
          scope.bindings,
        ),
      );
      const durations = stateDurations(
        moves.map((m) => ({ cerId: toNumber(m.cer_id), toState: m.to_state, on: parisDay(new Date(toInstant(m.at) ?? Date.now())) })),
        today,
      );
      return durations.map((d) => ({ ...d, label: CER_STATE_SHORT_LABELS[d.state] }));
    },
  };
};
