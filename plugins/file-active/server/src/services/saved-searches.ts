// Saved searches (F3): named beneficiary-list filters. Their filters may carry surnames, so each
// belongs to its owner alone (issue 8): listed, named and deleted by them only, whatever the
// profile. And each user's search history: the last 20 list queries with criteria.
import type { Core } from '@strapi/strapi';
import { ConsoleError, type ConsoleUser } from '@rsa/console-kit';
import { rowsOf, toIsoDateTime, type Knex } from './sql';

const NAME_MAX = 100;
const HISTORY_SIZE = 20;

type SavedRow = { id: number; name: string; filter: unknown; owner_login: string; created_at: unknown };

const parseJson = (value: unknown): Record<string, unknown> => {
  if (typeof value === 'string') {
    try {
      return JSON.parse(value) as Record<string, unknown>;
    } catch {
      return {};
    }
  }
  return (value as Record<string, unknown>) ?? {};
};

/** JSON with sorted keys: PostgreSQL's jsonb hands keys back in its own order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );

const present = (r: SavedRow) => ({ id: Number(r.id), name: r.name, filter: parseJson(r.filter), owner: r.owner_login, createdAt: toIsoDateTime(r.created_at) });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  return {
    async list(user: ConsoleUser) {
      return rowsOf<SavedRow>(await knex().raw('SELECT * FROM saved_searches WHERE owner_login = ? ORDER BY name, id', [user.login])).map(present);
    },

    async create(user: ConsoleUser, input: Record<string, unknown>) {
      const name = typeof input.name === 'string' ? input.name.trim() : '';
      if (name === '') throw new ConsoleError(422, 'Donnez un nom à la recherche enregistrée.');
      if (name.length > NAME_MAX) throw new ConsoleError(422, `Le nom ne doit pas dépasser ${NAME_MAX} caractères.`);
      const filter = input.filter;
      if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw new ConsoleError(422, 'Les critères de la recherche (filter) sont attendus.');
      const now = new Date();
      let created: SavedRow | undefined;
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        const [same] = rowsOf<SavedRow>(await t.raw('SELECT id FROM saved_searches WHERE owner_login = ? AND name = ?', [user.login, name]));
        if (same) throw new ConsoleError(409, `Vous avez déjà une recherche enregistrée nommée « ${name} ».`);
        await t.raw('INSERT INTO saved_searches (name, filter, owner_login, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [name, JSON.stringify(filter), user.login, now, now]);
        [created] = rowsOf<SavedRow>(await t.raw('SELECT * FROM saved_searches WHERE owner_login = ? AND name = ?', [user.login, name]));
      });
      return present(created as SavedRow);
    },

    /** Renames one of the caller's saved searches (`{"name"}`); its criteria stay. */
    async rename(user: ConsoleUser, id: number, input: Record<string, unknown>) {
      const name = typeof input.name === 'string' ? input.name.trim() : '';
      if (name === '') throw new ConsoleError(422, 'Donnez un nom à la recherche enregistrée.', { field: 'name' });
      if (name.length > NAME_MAX) throw new ConsoleError(422, `Le nom ne doit pas dépasser ${NAME_MAX} caractères.`, { field: 'name' });
      const [row] = rowsOf<SavedRow>(await knex().raw('SELECT * FROM saved_searches WHERE id = ? AND owner_login = ?', [id, user.login]));
      if (!row) throw new ConsoleError(404, 'Recherche enregistrée introuvable.');
      await strapi.db.transaction(async ({ trx }) => {
        const t = trx as unknown as Knex;
        const [same] = rowsOf<SavedRow>(await t.raw('SELECT id FROM saved_searches WHERE owner_login = ? AND name = ? AND id <> ?', [user.login, name, id]));
        if (same) throw new ConsoleError(409, `Vous avez déjà une recherche enregistrée nommée « ${name} ».`, { field: 'name' });
        await t.raw('UPDATE saved_searches SET name = ?, updated_at = ? WHERE id = ?', [name, new Date(), id]);
      });
      return present({ ...row, name });
    },

    async remove(user: ConsoleUser, id: number) {
      // Someone else's saved search does not exist for the caller.
      const [row] = rowsOf<SavedRow>(await knex().raw('SELECT * FROM saved_searches WHERE id = ? AND owner_login = ?', [id, user.login]));
      if (!row) throw new ConsoleError(404, 'Recherche enregistrée introuvable.');
      await knex().raw('DELETE FROM saved_searches WHERE id = ?', [id]);
      return present(row);
    },

    async recordHistory(user: ConsoleUser, filter: Record<string, unknown>): Promise<void> {
      const now = new Date();
      // The same criteria again (another page, a re-sort, a reload) is not a new search.
      const [last] = rowsOf<{ filter: unknown }>(await knex().raw('SELECT filter FROM search_history_entries WHERE login = ? ORDER BY id DESC LIMIT 1', [user.login]));
      if (last && canonical(parseJson(last.filter)) === canonical(filter)) return;
      await knex().raw('INSERT INTO search_history_entries (login, filter, searched_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)', [
        user.login, JSON.stringify(filter), now, now, now,
      ]);
      // Keep the last 20 of this user.
      await knex().raw(
        `DELETE FROM search_history_entries WHERE login = ? AND id NOT IN (
           SELECT id FROM (SELECT id FROM search_history_entries WHERE login = ? ORDER BY id DESC LIMIT ${HISTORY_SIZE}) AS keep)`,
        [user.login, user.login],
      );
    },

    async history(user: ConsoleUser) {
      const rows = rowsOf<{ id: number; filter: unknown; searched_at: unknown }>(
        await knex().raw(`SELECT id, filter, searched_at FROM search_history_entries WHERE login = ? ORDER BY id DESC LIMIT ${HISTORY_SIZE}`, [user.login]),
      );
      return rows.map((r) => ({ id: Number(r.id), filter: parseJson(r.filter), searchedAt: toIsoDateTime(r.searched_at) }));
    },
  };
};
