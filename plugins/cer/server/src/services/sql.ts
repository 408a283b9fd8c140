// Portable SQL helpers (SQLite and PostgreSQL) for the CER plugin's raw queries.
import { placeholders, rowsOf, type Knex } from '@rsa/console-kit';

export { isPostgres, placeholders, preparedRaw, rowsOf, toIsoDate, type Knex } from '@rsa/console-kit';

export type Row = Record<string, unknown>;





/** ISO instant from a datetime column: SQLite gives back milliseconds, PostgreSQL a Date. */
export const toInstant = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  const text = String(value);
  const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
};

export const toBool = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 't' || value === 'true';

export const toNumber = (value: unknown): number => Number(value ?? 0);

/** INSERT … RETURNING id (both databases support RETURNING); columns are quoted. */
export const insertRow = async (knex: Knex, table: string, row: Row): Promise<number> => {
  const columns = Object.keys(row);
  const [created] = rowsOf<{ id: unknown }>(
    await knex.raw(
      `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${placeholders(columns)}) RETURNING id`,
      columns.map((c) => row[c]),
    ),
  );
  return Number(created?.id);
};

/** UPDATE … SET the given columns WHERE the given conditions; answers the rows changed. */
export const updateRows = async (knex: Knex, table: string, set: Row, where: Row): Promise<number> => {
  const setColumns = Object.keys(set);
  const whereColumns = Object.keys(where);
  const result = await knex.raw(
    `UPDATE ${table} SET ${setColumns.map((c) => `"${c}" = ?`).join(', ')} WHERE ${whereColumns.map((c) => `"${c}" = ?`).join(' AND ')} RETURNING id`,
    [...setColumns.map((c) => set[c]), ...whereColumns.map((c) => where[c])],
  );
  return rowsOf(result).length;
};

/** Whether a database error is a unique-index violation (PostgreSQL 23505, SQLite CONSTRAINT_UNIQUE). */
export const isUniqueViolation = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  return typeof message === 'string' && /UNIQUE constraint failed|duplicate key value violates unique constraint/i.test(message);
};
