// Portable SQL helpers (SQLite and PostgreSQL) for the offers plugin's raw queries.
import { placeholders, rowsOf, type Knex } from '@rsa/console-kit';

export { isPostgres, placeholders, preparedRaw, rowsOf, toIsoDate, type Knex } from '@rsa/console-kit';

export type Row = Record<string, unknown>;

export const toNumber = (value: unknown): number => Number(value ?? 0);
export const toNullableNumber = (value: unknown): number | null => (value === null || value === undefined || value === '' ? null : Number(value));
export const toBool = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 't' || value === 'true';

/** INSERT … RETURNING id (both databases support RETURNING); columns are quoted. */
export const insertRow = async (knex: Knex, table: string, row: Row): Promise<number> => {
  const columns = Object.keys(row);
  const [created] = rowsOf<{ id: unknown }>(
    await knex.raw(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${placeholders(columns)}) RETURNING id`, columns.map((c) => row[c])),
  );
  return Number(created?.id);
};

/** UPDATE … SET the given columns WHERE id = ?. */
export const updateById = async (knex: Knex, table: string, id: number, set: Row): Promise<void> => {
  const columns = Object.keys(set);
  await knex.raw(`UPDATE ${table} SET ${columns.map((c) => `"${c}" = ?`).join(', ')} WHERE id = ?`, [...columns.map((c) => set[c]), id]);
};
