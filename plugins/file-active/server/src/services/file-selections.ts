// Saved selections of files (F3): the files a collaborator ticked in the list, kept under a name
// for batch actions (the Excel export today; batch positionnements, collective appointments and
// letters from their modules: `ids(user, id)` or GET /api/console/file-selections/<id>).
// Owner-only like saved searches; a file leaves the selection's answers as soon as it leaves the
// caller's perimeter (the perimeter rule is scope.ts's, never restated here).
import type { Core } from '@strapi/strapi';
import { ConsoleError, todayInParis, type ConsoleUser } from '@rsa/console-kit';
import { visibleFilesSql } from './scope';
import { placeholders, rowsOf, toIsoDateTime, type Knex } from './sql';

const NAME_MAX = 100;
export const SELECTION_MAX = 1000;

type Row = { id: number; name: string; owner_login: string; beneficiary_ids: unknown; created_at: unknown; updated_at: unknown };

const storedIds = (value: unknown): number[] => {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = [];
    }
  }
  return Array.isArray(parsed) ? parsed.map(Number).filter((n) => Number.isInteger(n) && n > 0) : [];
};

const nameOf = (input: Record<string, unknown>): string => {
  const name = typeof input.name === 'string' ? input.name.trim() : '';
  if (name === '') throw new ConsoleError(422, 'Donnez un nom à la sélection.', { field: 'name' });
  if (name.length > NAME_MAX) throw new ConsoleError(422, `Le nom ne doit pas dépasser ${NAME_MAX} caractères.`, { field: 'name' });
  return name;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;

  /** Of these ids, those the caller may see today, in the given order. */
  const visible = async (user: ConsoleUser, ids: number[]): Promise<number[]> => {
    if (ids.length === 0) return [];
    const scope = visibleFilesSql(user, todayInParis());
    const rows = rowsOf<{ id: number }>(await knex().raw(`SELECT b.id FROM beneficiaries b WHERE b.id IN (${placeholders(ids)}) AND ${scope.sql}`, [...ids, ...scope.bindings]));
    const seen = new Set(rows.map((r) => Number(r.id)));
    return ids.filter((id) => seen.has(id));
  };

  const own = async (user: ConsoleUser, id: number): Promise<Row> => {
    const [row] = Number.isInteger(id) ? rowsOf<Row>(await knex().raw('SELECT * FROM file_selections WHERE id = ? AND owner_login = ?', [id, user.login])) : [];
    // Someone else's selection does not exist for the caller.
    if (!row) throw new ConsoleError(404, 'Sélection introuvable.');
    return row;
  };

  /** The ticked files: integers, at most SELECTION_MAX, every one visible to the caller (else 404). */
  const requestedIds = async (user: ConsoleUser, value: unknown): Promise<number[]> => {
    if (!Array.isArray(value) || value.length === 0) throw new ConsoleError(422, 'Cochez au moins un dossier.', { field: 'ids' });
    const ids = [...new Set(value.map(Number))];
    if (ids.some((n) => !Number.isInteger(n) || n <= 0)) throw new ConsoleError(400, 'Liste de dossiers invalide : identifiants entiers attendus.');
    if (ids.length > SELECTION_MAX) throw new ConsoleError(413, `Une sélection compte au plus ${SELECTION_MAX} dossiers.`);
    if ((await visible(user, ids)).length !== ids.length) throw new ConsoleError(404, 'Dossier introuvable.');
    return ids;
  };

  const present = async (user: ConsoleUser, r: Row) => {
    const files = await visible(user, storedIds(r.beneficiary_ids));
    return { id: Number(r.id), name: r.name, owner: r.owner_login, beneficiaries: files, count: files.length, createdAt: toIsoDateTime(r.created_at), updatedAt: toIsoDateTime(r.updated_at) };
  };

  return {
    async list(user: ConsoleUser) {
      const rows = rowsOf<Row>(await knex().raw('SELECT * FROM file_selections WHERE owner_login = ? ORDER BY name, id', [user.login]));
      return Promise.all(rows.map((r) => present(user, r)));
    },

    async detail(user: ConsoleUser, id: number) {
      return present(user, await own(user, id));
    },

    /** The files of the caller's selection that they may see today (batch actions start here). */
    async ids(user: ConsoleUser, id: number): Promise<number[]> {
      return visible(user, storedIds((await own(user, id)).beneficiary_ids));
    },

    async create(user: ConsoleUser, input: Record<string, unknown>) {
      const name = nameOf(input);
      const ids = await requestedIds(user, input.ids);
      let created: Row | undefined;
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        const [same] = rowsOf<Row>(await t.raw('SELECT id FROM file_selections WHERE owner_login = ? AND name = ?', [user.login, name]));
        if (same) throw new ConsoleError(409, `Vous avez déjà une sélection nommée « ${name} ».`, { field: 'name' });
        const now = new Date();
        await t.raw('INSERT INTO file_selections (name, owner_login, beneficiary_ids, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [name, user.login, JSON.stringify(ids), now, now]);
        [created] = rowsOf<Row>(await t.raw('SELECT * FROM file_selections WHERE owner_login = ? AND name = ?', [user.login, name]));
      });
      return present(user, created as Row);
    },

    /** Renames it and/or replaces its files (`{"name"}`, `{"ids"}`). */
    async update(user: ConsoleUser, id: number, input: Record<string, unknown>) {
      const row = await own(user, id);
      const name = input.name === undefined ? row.name : nameOf(input);
      const ids = input.ids === undefined ? null : await requestedIds(user, input.ids);
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        const [same] = rowsOf<Row>(await t.raw('SELECT id FROM file_selections WHERE owner_login = ? AND name = ? AND id <> ?', [user.login, name, id]));
        if (same) throw new ConsoleError(409, `Vous avez déjà une sélection nommée « ${name} ».`, { field: 'name' });
        await t.raw('UPDATE file_selections SET name = ?, beneficiary_ids = ?, updated_at = ? WHERE id = ?', [name, JSON.stringify(ids ?? storedIds(row.beneficiary_ids)), new Date(), id]);
      });
      return present(user, await own(user, id));
    },

    async remove(user: ConsoleUser, id: number) {
      const row = await own(user, id);
      await knex().raw('DELETE FROM file_selections WHERE id = ?', [id]);
      return present(user, row);
    },
  };
};
