// Annex data of a file (F11): souhaits métiers / secteurs, compétences, difficultés, chosen from
// the reference lists the functional admins maintain in the CMS (reference_items).
import type { Core } from '@strapi/strapi';
import { ConsoleError, isReferenceList, REFERENCE_LIST_NAMES, referencePicker, requireReferenceChoice, type ConsoleUser } from '@rsa/console-kit';
import { parseBeneficiaryId } from './file-access';
import { rowsOf, type Knex } from './sql';

export const ANNEX_KINDS = ['job_wish', 'sector_wish', 'skill', 'difficulty'] as const;
export type AnnexKind = (typeof ANNEX_KINDS)[number];

type AnnexRow = { id: number; beneficiary_id: number; kind: AnnexKind; code: string; label: string | null; created_by_login: string | null; created_by_name?: string | null; created_at: unknown };

const present = (r: AnnexRow) => ({
  id: Number(r.id),
  beneficiary: Number(r.beneficiary_id),
  kind: r.kind,
  kindLabel: REFERENCE_LIST_NAMES[r.kind] ?? r.kind,
  code: r.code,
  label: r.label,
  createdBy: r.created_by_login,
  createdByName: r.created_by_login ? (r.created_by_name ?? r.created_by_login) : null,
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const access = () => strapi.plugin('file-active').service('file-access');
  const audit = () => strapi.plugin('file-active').service('audit');

  return {
    /** What the pickers offer: the active values of a reference list, in the admins' order. Any logged-in collaborator. */
    async referenceItems(list: string) {
      if (!isReferenceList(list)) throw new ConsoleError(400, `Liste de référence inconnue : ${list || '(vide)'}.`);
      return (await referencePicker(knex(), list)).map((r) => ({ id: r.id, list, code: r.code, label: r.label }));
    },

    async list(user: ConsoleUser, beneficiaryId: number, kind: string | null) {
      await access().requireVisible(user, beneficiaryId);
      const rows = rowsOf<AnnexRow>(
        await knex().raw(`SELECT a.*, u.name AS created_by_name FROM annex_items a LEFT JOIN console_users u ON u.login = a.created_by_login
            WHERE a.beneficiary_id = ?${kind ? ' AND a.kind = ?' : ''} ORDER BY a.kind, a.label, a.id`, kind ? [beneficiaryId, kind] : [beneficiaryId]),
      );
      return rows.map(present);
    },

    async add(user: ConsoleUser, input: Record<string, unknown>) {
      const beneficiaryId = parseBeneficiaryId(input.beneficiary);
      await access().requireAction(user, beneficiaryId, 'characteristics.edit');
      const kind = String(input.kind ?? '') as AnnexKind;
      if (!ANNEX_KINDS.includes(kind)) throw new ConsoleError(422, 'Type de donnée annexe inconnu : métier souhaité, secteur souhaité, compétence ou difficulté.');
      const item = await requireReferenceChoice(knex(), kind, input.code, { field: 'code' });
      const code = item.code;
      let created: AnnexRow | undefined;
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        const [existing] = rowsOf<AnnexRow>(await t.raw('SELECT * FROM annex_items WHERE beneficiary_id = ? AND kind = ? AND code = ?', [beneficiaryId, kind, code]));
        if (existing) throw new ConsoleError(409, `« ${item.label} » figure déjà dans ce dossier.`);
        const now = new Date();
        await t.raw('INSERT INTO annex_items (beneficiary_id, kind, code, label, created_by_login, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
          beneficiaryId, kind, code, item.label, user.login, now, now,
        ]);
        [created] = rowsOf<AnnexRow>(await t.raw('SELECT * FROM annex_items WHERE beneficiary_id = ? AND kind = ? AND code = ?', [beneficiaryId, kind, code]));
      });
      await audit().record(user, 'change:annex_add', beneficiaryId);
      return present(created as AnnexRow);
    },

    async remove(user: ConsoleUser, id: number) {
      const [row] = rowsOf<AnnexRow>(await knex().raw('SELECT * FROM annex_items WHERE id = ?', [id]));
      if (!row || !(await strapi.plugin('file-active').service('beneficiaries').isVisible(user, Number(row.beneficiary_id)))) {
        throw new ConsoleError(404, 'Donnée annexe introuvable.');
      }
      await access().requireAction(user, Number(row.beneficiary_id), 'characteristics.edit');
      await strapi.db.transaction(async ({ trx }) => {
        await (trx as unknown as Knex).raw('DELETE FROM annex_items WHERE id = ?', [id]);
      });
      await audit().record(user, 'change:annex_delete', Number(row.beneficiary_id));
      return present(row);
    },
  };
};
