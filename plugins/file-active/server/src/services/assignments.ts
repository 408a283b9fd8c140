// Référent assignments edited in the console (CONTRACT.md `assignments`, ACCESS.md): sortie de
// file active, its cancellation, and the référent d'étape. Writes run in a transaction.
import type { Core } from '@strapi/strapi';
import { ConsoleError, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { decideAssignmentEnd } from '../../../domain/assignment-end';
import { validateStepReferent } from '../../../domain/caseload-exit';
import { mayDo } from '../../../domain/file-actions';
import { isFileReferent as holdsParcoursInForce } from '../../../domain/file-referent';
import { assignmentInForce } from '../../../domain/visibility';
import { preparedRaw, rowsOf, toIsoDate, type Knex } from './sql';

type AssignmentRow = {
  id: number;
  beneficiary_id: number;
  login: string;
  role: string;
  start_date: unknown;
  end_date: unknown;
  ended_by_login: string | null;
  structure_code?: string | null;
};

const viewerOf = (user: ConsoleUser) => ({ profiles: user.profiles });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex & ((table: string) => { where(f: object): { update(d: object): Promise<number>; first(): Promise<unknown> }; insert(r: object): Promise<unknown> });
  const beneficiaries = () => strapi.plugin('file-active').service('beneficiaries');
  const audit = () => strapi.plugin('file-active').service('audit');

  const load = async (user: ConsoleUser, id: number): Promise<AssignmentRow> => {
    const [row] = rowsOf<AssignmentRow>(await knex().raw('SELECT * FROM assignments WHERE id = ?', [id]));
    if (!row || !(await beneficiaries().isVisible(user, Number(row.beneficiary_id)))) throw new ConsoleError(404, 'Affectation introuvable.');
    return row;
  };

  /** Does the collaborator hold an assignment in force on this file (a "own file" for ACCESS.md)? */
  const isOwnFile = async (user: ConsoleUser, beneficiaryId: number): Promise<boolean> => {
    const today = todayInParis();
    const rows = rowsOf<{ start_date: unknown; end_date: unknown }>(
      await preparedRaw(knex(), 'SELECT start_date, end_date FROM assignments WHERE beneficiary_id = ? AND login = ?', [beneficiaryId, user.login]),
    );
    return rows.some((a) => assignmentInForce({ start: toIsoDate(a.start_date) ?? '9999-12-31', end: toIsoDate(a.end_date) }, today));
  };

  /** Is the collaborator the file's référent (référent de parcours in force; not an étape one)? */
  const isFileReferent = async (user: ConsoleUser, beneficiaryId: number): Promise<boolean> => {
    const rows = rowsOf<{ role: string; start_date: unknown; end_date: unknown }>(
      await preparedRaw(knex(), 'SELECT role, start_date, end_date FROM assignments WHERE beneficiary_id = ? AND login = ?', [beneficiaryId, user.login]),
    );
    return holdsParcoursInForce(
      rows.map((a) => ({ login: user.login, role: a.role === 'etape' ? 'etape' : 'parcours', start: toIsoDate(a.start_date) ?? '9999-12-31', end: toIsoDate(a.end_date) })),
      user.login,
      todayInParis(),
    );
  };

  const present = (row: AssignmentRow) => ({
    id: Number(row.id),
    beneficiary: Number(row.beneficiary_id),
    login: row.login,
    role: row.role,
    start: toIsoDate(row.start_date),
    end: toIsoDate(row.end_date),
    structure: row.structure_code ?? null,
  });

  return {
    isOwnFile,
    isFileReferent,

    async setEnd(user: ConsoleUser, id: number, end: string | null) {
      const row = await load(user, id);
      const oldEnd = toIsoDate(row.end_date);
      const decision = decideAssignmentEnd({
        actor: { login: user.login, profiles: user.profiles },
        actorHoldsFile: await isOwnFile(user, Number(row.beneficiary_id)),
        assignment: { login: row.login, role: row.role === 'etape' ? 'etape' : 'parcours', start: toIsoDate(row.start_date) ?? '', end: oldEnd, endedBy: row.ended_by_login },
        newEnd: end,
      });
      if (!decision.ok) throw new ConsoleError(decision.status, decision.message);
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        // The decision was taken on the row as read: the update only applies to that same row
        // state, so a concurrent sortie (or its cancellation) cannot be overwritten unseen.
        const sameEnd = oldEnd === null ? 'end_date IS NULL' : 'end_date = ?';
        const sameBy = row.ended_by_login === null ? 'ended_by_login IS NULL' : 'ended_by_login = ?';
        const changed = rowsOf(
          await t.raw(`UPDATE assignments SET end_date = ?, ended_by_login = ?, updated_at = ? WHERE id = ? AND ${sameEnd} AND ${sameBy} RETURNING id`, [
            end, end ? user.login : null, new Date(), id, ...(oldEnd === null ? [] : [oldEnd]), ...(row.ended_by_login === null ? [] : [row.ended_by_login]),
          ]),
        ).length;
        if (changed !== 1) throw new ConsoleError(409, 'Cette affectation vient d’être modifiée par quelqu’un d’autre : rechargez le dossier et recommencez.');
        await t.raw(
          `INSERT INTO file_events (beneficiary_id, kind, occurred_on, details, by_login, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
          [row.beneficiary_id, end ? 'caseload_exit' : 'caseload_exit_cancelled', todayInParis(), JSON.stringify({ assignment: id, login: row.login, end }), user.login, new Date(), new Date()],
        );
      });
      await audit().record(user, end ? 'change:caseload_exit' : 'change:caseload_exit_cancel', Number(row.beneficiary_id));
      return present({ ...row, end_date: end });
    },

    async addStepReferent(user: ConsoleUser, input: { beneficiary: unknown; login: unknown; role: unknown; start: unknown; end: unknown }) {
      const beneficiaryId = Number(input.beneficiary);
      if (!Number.isInteger(beneficiaryId) || !(await beneficiaries().isVisible(user, beneficiaryId))) throw new ConsoleError(404, 'Dossier introuvable.');
      if (!mayDo(viewerOf(user), 'stepReferent.add', { isOwnFile: false })) throw new ConsoleError(403, 'Seuls les secrétariats et les cadres peuvent ajouter un référent d’étape.');
      if (input.role !== undefined && input.role !== 'etape') throw new ConsoleError(422, 'Seul un référent d’étape peut être ajouté ici (rôle « etape »).');
      const check = validateStepReferent({ start: String(input.start ?? ''), end: input.end === null || input.end === undefined ? null : String(input.end) });
      if (!check.ok) throw new ConsoleError(422, check.message);
      const login = String(input.login ?? '').trim().toLowerCase();
      const [referent] = rowsOf<{ id: number; structure_code: string | null }>(
        await knex().raw('SELECT id, structure_code FROM console_users WHERE login = ? AND active = ?', [login, true]),
      );
      if (!referent) throw new ConsoleError(422, `Collaborateur inconnu : ${login || '(vide)'}.`);
      const now = new Date();
      let created: AssignmentRow | null = null;
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        await t.raw(
          // The référent's structure at the time of the assignment, kept on it (ACCESS.md).
          `INSERT INTO assignments (beneficiary_id, login, role, start_date, end_date, structure_code, source, created_by_login, created_at, updated_at)
           VALUES (?, ?, 'etape', ?, ?, ?, 'manual', ?, ?, ?)`,
          [beneficiaryId, login, input.start, input.end, referent.structure_code ?? null, user.login, now, now],
        );
        [created] = rowsOf<AssignmentRow>(await t.raw('SELECT * FROM assignments WHERE beneficiary_id = ? AND login = ? AND role = ? ORDER BY id DESC LIMIT 1', [beneficiaryId, login, 'etape']));
        await t.raw(
          `INSERT INTO file_events (beneficiary_id, kind, occurred_on, details, by_login, created_at, updated_at) VALUES (?, 'step_referent_added', ?, ?, ?, ?, ?)`,
          [beneficiaryId, todayInParis(), JSON.stringify({ login, start: input.start, end: input.end }), user.login, now, now],
        );
      });
      await audit().record(user, 'change:step_referent', beneficiaryId);
      return present(created as unknown as AssignmentRow);
    },
  };
};
