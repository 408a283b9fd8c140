// Veilles (F6): add (dates, motif), end (kept in the history), delete (no trace). A veille never
// ends by itself: `ended_on` is set only when a user ends it (domain/standby.ts). The standbys
// table is the veille history itself (the timeline reads it), so a deleted veille leaves nothing.
import type { Core } from '@strapi/strapi';
import { ConsoleError, requireReferenceChoice, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { endStandby, validateStandby, type Standby } from '../../../domain/standby';
import { parseBeneficiaryId } from './file-access';
import { rowsOf, toIsoDate, type Knex } from './sql';

type StandbyRow = { id: number; beneficiary_id: number; start_date: unknown; end_date: unknown; ended_on: unknown; motif: string | null };

const toStandby = (r: StandbyRow): Standby => ({
  id: String(r.id),
  start: toIsoDate(r.start_date) ?? '',
  end: toIsoDate(r.end_date),
  motif: r.motif ?? '',
  endedOn: toIsoDate(r.ended_on),
});

export const presentStandby = (r: StandbyRow) => ({
  id: Number(r.id),
  beneficiary: Number(r.beneficiary_id),
  start: toIsoDate(r.start_date),
  end: toIsoDate(r.end_date),
  endedOn: toIsoDate(r.ended_on),
  motif: r.motif,
  inForce: r.ended_on === null || r.ended_on === undefined,
});

const optionalDate = (value: unknown): string | null => (value === undefined || value === null || value === '' ? null : String(value));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const access = () => strapi.plugin('file-active').service('file-access');
  const audit = () => strapi.plugin('file-active').service('audit');

  const ofFile = async (t: Knex, beneficiaryId: number): Promise<StandbyRow[]> =>
    rowsOf<StandbyRow>(await t.raw('SELECT * FROM standbys WHERE beneficiary_id = ? ORDER BY start_date, id', [beneficiaryId]));

  const load = async (user: ConsoleUser, id: number): Promise<StandbyRow> => {
    const [row] = rowsOf<StandbyRow>(await knex().raw('SELECT * FROM standbys WHERE id = ?', [id]));
    if (!row || !(await strapi.plugin('file-active').service('beneficiaries').isVisible(user, Number(row.beneficiary_id)))) {
      throw new ConsoleError(404, 'Veille introuvable.');
    }
    return row;
  };

  return {
    async list(user: ConsoleUser, beneficiaryId: number) {
      await access().requireVisible(user, beneficiaryId);
      return (await ofFile(knex(), beneficiaryId)).map(presentStandby);
    },

    async add(user: ConsoleUser, input: Record<string, unknown>) {
      const beneficiaryId = parseBeneficiaryId(input.beneficiary);
      await access().requireAction(user, beneficiaryId, 'standby.add');
      const today = todayInParis();
      // The motif comes from the configured list (code or label); the veille keeps the label so
      // its history reads the same once the motif is deactivated. An empty motif is the domain's
      // "obligatoire" message, with the dates' errors.
      const typed = typeof input.motif === 'string' ? input.motif : '';
      const motif = typed.trim() === '' ? '' : (await requireReferenceChoice(knex(), 'standby_motif', typed, { field: 'motif' })).label;
      let created: StandbyRow | undefined;
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        const [enrolment] = rowsOf<{ entered_on: unknown }>(await t.raw('SELECT entered_on FROM enrolments WHERE beneficiary_id = ?', [beneficiaryId]));
        const existing = (await ofFile(t, beneficiaryId)).map(toStandby);
        const check = validateStandby(
          { start: String(input.start ?? ''), end: optionalDate(input.end), motif },
          { entryDate: toIsoDate(enrolment?.entered_on) ?? '1900-01-01', existing, today },
        );
        if (!check.ok) throw new ConsoleError(422, check.errors.join(' '), { errors: check.errors });
        const s = check.standby;
        const now = new Date();
        await t.raw(
          'INSERT INTO standbys (beneficiary_id, start_date, end_date, ended_on, motif, created_by_login, ended_by_login, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [beneficiaryId, s.start, s.end, s.endedOn, s.motif, user.login, s.endedOn ? user.login : null, now, now],
        );
        [created] = rowsOf<StandbyRow>(await t.raw('SELECT * FROM standbys WHERE beneficiary_id = ? ORDER BY id DESC LIMIT 1', [beneficiaryId]));
      });
      await audit().record(user, 'change:standby_add', beneficiaryId);
      return presentStandby(created as StandbyRow);
    },

    /** "Terminer la veille": the end date becomes the actual last day; the veille stays in the history. */
    async end(user: ConsoleUser, id: number, input: Record<string, unknown>) {
      const row = await load(user, id);
      const beneficiaryId = Number(row.beneficiary_id);
      await access().requireAction(user, beneficiaryId, 'standby.end');
      const today = todayInParis();
      const check = endStandby(toStandby(row), optionalDate(input.end) ?? today, today);
      if (!check.ok) throw new ConsoleError(422, check.errors.join(' '), { errors: check.errors });
      const { end, endedOn } = check.standby;
      await strapi.db.transaction(async ({ trx }) => {
        await (trx as unknown as Knex).raw('UPDATE standbys SET end_date = ?, ended_on = ?, ended_by_login = ?, updated_at = ? WHERE id = ? AND ended_on IS NULL', [
          end, endedOn, user.login, new Date(), id,
        ]);
      });
      await audit().record(user, 'change:standby_end', beneficiaryId);
      return presentStandby({ ...row, end_date: end, ended_on: endedOn });
    },

    /** "Supprimer la veille": removed without trace in the file (the audit keeps who did it). */
    async remove(user: ConsoleUser, id: number) {
      const row = await load(user, id);
      const beneficiaryId = Number(row.beneficiary_id);
      await access().requireAction(user, beneficiaryId, 'standby.delete');
      await strapi.db.transaction(async ({ trx }) => {
        await (trx as unknown as Knex).raw('DELETE FROM standbys WHERE id = ?', [id]);
      });
      await audit().record(user, 'change:standby_delete', beneficiaryId);
      return presentStandby(row);
    },
  };
};
