// Notes on a file (F12): public (whoever sees the file), private (the author only), attributed
// (the author and the named collaborator, who must be able to see the file). Closing a note
// keeps it and takes it out of the alerts and the "notes en cours" widget.
import type { Core } from '@strapi/strapi';
import { ConsoleError, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { NOTE_CLOSE_REFUSED, mayCloseNote } from '../../../domain/note-visibility';
import { readsNotesAndCer } from '../../../domain/visibility';
import { parseBeneficiaryId } from './file-access';
import { visibleFilesSql } from './scope';
import { rowsOf, toIsoDateTime, type Knex, type SqlFragment } from './sql';

export const NOTE_VISIBILITIES = ['public', 'private', 'assigned'] as const;
type Visibility = (typeof NOTE_VISIBILITIES)[number];
const TEXT_MAX = 5000;

type NoteRow = {
  id: number; beneficiary_id: number; author_login: string; text: string; visibility: Visibility; assigned_to: string | null;
  closed_at: unknown; created_at: unknown; file_number?: string; last_name?: string; first_name?: string;
};

/** Notes of `n` the user may read (domain canReadNote), whatever the file (its perimeter is checked apart). */
export const noteVisibleSql = (user: ConsoleUser): SqlFragment => ({
  sql: `(n.visibility = 'public' OR n.author_login = ? OR (n.visibility = 'assigned' AND n.assigned_to = ?))`,
  bindings: [user.login, user.login],
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const access = () => strapi.plugin('file-active').service('file-access');
  const audit = () => strapi.plugin('file-active').service('audit');
  const directory = () => strapi.plugin('file-active').service('directory');

  const present = async (rows: NoteRow[]) => {
    const names: Map<string, string> = await directory().names(rows.flatMap((r) => [r.author_login, r.assigned_to ?? '']));
    return rows.map((r) => ({
      id: Number(r.id),
      beneficiary: Number(r.beneficiary_id),
      file: r.file_number ? { id: Number(r.beneficiary_id), fileNumber: r.file_number, lastName: r.last_name, firstName: r.first_name } : undefined,
      author: { login: r.author_login, name: names.get(r.author_login) ?? r.author_login },
      text: r.text,
      visibility: r.visibility,
      assignedTo: r.assigned_to ? { login: r.assigned_to, name: names.get(r.assigned_to) ?? r.assigned_to } : null,
      closed: r.closed_at !== null && r.closed_at !== undefined,
      closedAt: toIsoDateTime(r.closed_at),
      createdAt: toIsoDateTime(r.created_at),
    }));
  };

  /** A note the user may read on a file they see; 404 otherwise. */
  const load = async (user: ConsoleUser, id: number): Promise<NoteRow> => {
    const today = todayInParis();
    const scope = visibleFilesSql(user, today);
    const visible = noteVisibleSql(user);
    const [row] = rowsOf<NoteRow>(
      await knex().raw(`SELECT n.* FROM notes n JOIN beneficiaries b ON b.id = n.beneficiary_id WHERE n.id = ? AND ${visible.sql} AND ${scope.sql}`, [
        id, ...visible.bindings, ...scope.bindings,
      ]),
    );
    if (!row || !readsNotesAndCer(user.profiles)) throw new ConsoleError(404, 'Note introuvable.');
    return row;
  };

  return {
    async list(user: ConsoleUser, filter: Record<string, unknown>) {
      const scope = visibleFilesSql(user, todayInParis());
      const visible = noteVisibleSql(user);
      const where = [visible.sql, scope.sql];
      const bindings = [...visible.bindings, ...scope.bindings];
      if (!readsNotesAndCer(user.profiles)) where.push('1 = 0');
      if (filter.beneficiary !== undefined) {
        const beneficiaryId = parseBeneficiaryId(filter.beneficiary);
        await access().requireVisible(user, beneficiaryId);
        where.push('n.beneficiary_id = ?');
        bindings.push(beneficiaryId);
      }
      if (filter.mine === true) {
        where.push(`(n.author_login = ? OR (n.visibility = 'assigned' AND n.assigned_to = ?))`);
        bindings.push(user.login, user.login);
      }
      if (filter.assignedToMe === true) {
        where.push(`n.visibility = 'assigned' AND n.assigned_to = ?`);
        bindings.push(user.login);
      }
      if (filter.open === true) where.push('n.closed_at IS NULL');
      if (filter.beneficiary === undefined && filter.mine !== true && filter.assignedToMe !== true) {
        throw new ConsoleError(400, 'Indiquez un dossier (beneficiary) ou « mes notes » (mine).');
      }
      const rows = rowsOf<NoteRow>(
        await knex().raw(
          `SELECT n.*, b.file_number, b.last_name, b.first_name FROM notes n JOIN beneficiaries b ON b.id = n.beneficiary_id
            WHERE ${where.join(' AND ')} ORDER BY n.created_at DESC, n.id DESC LIMIT 500`,
          bindings,
        ),
      );
      return present(rows);
    },

    async create(user: ConsoleUser, input: Record<string, unknown>) {
      const beneficiaryId = parseBeneficiaryId(input.beneficiary);
      await access().requireAction(user, beneficiaryId, 'notes.write');
      const text = typeof input.text === 'string' ? input.text.trim() : '';
      const visibility = (input.visibility ?? 'public') as Visibility;
      if (text === '') throw new ConsoleError(422, 'Le texte de la note est obligatoire.');
      if (text.length > TEXT_MAX) throw new ConsoleError(422, `La note ne doit pas dépasser ${TEXT_MAX} caractères.`);
      if (!NOTE_VISIBILITIES.includes(visibility)) throw new ConsoleError(422, 'Visibilité inconnue : publique, privée ou attribuée.');
      let assignedTo: string | null = null;
      if (visibility === 'assigned') {
        const login = typeof input.assignedTo === 'string' ? input.assignedTo : '';
        if (login.trim() === '') throw new ConsoleError(422, 'Une note attribuée doit nommer son destinataire.');
        const recipient: ConsoleUser | null = await directory().findActive(login);
        const sees = recipient !== null && (await strapi.plugin('file-active').service('beneficiaries').isVisible(recipient, beneficiaryId));
        if (!recipient || !sees) throw new ConsoleError(422, `La note ne peut pas être attribuée à « ${login.trim()} » : ce collaborateur n’a pas accès à ce dossier.`);
        assignedTo = recipient.login;
      }
      let created: NoteRow | undefined;
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        const now = new Date();
        await t.raw('INSERT INTO notes (beneficiary_id, author_login, text, visibility, assigned_to, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
          beneficiaryId, user.login, text, visibility, assignedTo, now, now,
        ]);
        [created] = rowsOf<NoteRow>(await t.raw('SELECT * FROM notes WHERE beneficiary_id = ? AND author_login = ? ORDER BY id DESC LIMIT 1', [beneficiaryId, user.login]));
      });
      await audit().record(user, 'change:note_add', beneficiaryId);
      return (await present([created as NoteRow]))[0];
    },

    /** Close (or reopen) a note: its author or its recipient. */
    async update(user: ConsoleUser, id: number, input: Record<string, unknown>) {
      const row = await load(user, id);
      if (typeof input.closed !== 'boolean') throw new ConsoleError(422, 'Indiquez closed: true pour clôturer la note (false pour la rouvrir).');
      if (!mayCloseNote(user.login, { authorLogin: row.author_login, visibility: row.visibility, assignedTo: row.assigned_to })) {
        throw new ConsoleError(403, NOTE_CLOSE_REFUSED);
      }
      const closedAt = input.closed ? new Date() : null;
      await strapi.db.transaction(async ({ trx }) => {
        await (trx as unknown as Knex).raw('UPDATE notes SET closed_at = ?, closed_by_login = ?, updated_at = ? WHERE id = ?', [
          closedAt, closedAt ? user.login : null, new Date(), id,
        ]);
      });
      await audit().record(user, input.closed ? 'change:note_close' : 'change:note_reopen', Number(row.beneficiary_id));
      return (await present([{ ...row, closed_at: closedAt }]))[0];
    },
  };
};
