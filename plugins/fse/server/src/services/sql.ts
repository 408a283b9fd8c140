// Portable SQL helpers (SQLite and PostgreSQL) for the fse plugin's raw queries.
import { placeholders, rowsOf, type Knex } from '@rsa/console-kit';

export { isPostgres, placeholders, rowsOf, toIsoDate, type Knex } from '@rsa/console-kit';

export type Row = Record<string, unknown>;

/** INSERT … RETURNING id (both databases support RETURNING); columns are quoted. */
export const insertRow = async (knex: Knex, table: string, row: Row): Promise<number> => {
  const columns = Object.keys(row);
  const [created] = rowsOf<{ id: unknown }>(
    await knex.raw(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${placeholders(columns)}) RETURNING id`, columns.map((c) => row[c])),
  );
  return Number(created?.id);
};
