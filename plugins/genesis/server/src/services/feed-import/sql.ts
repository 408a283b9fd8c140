// The few places where SQLite and PostgreSQL differ, for the import's set-based statements.
import { isPostgres, type Knex as RawKnex } from '@rsa/console-kit';

export { isPostgres, rowsOf } from '@rsa/console-kit';
// The import also uses knex's query builder, on top of the raw SQL every plugin uses.
export type Knex = RawKnex & {
  (table: string): KnexQuery;
  batchInsert?: unknown;
};
export type KnexQuery = {
  insert(rows: Record<string, unknown> | Record<string, unknown>[]): Promise<unknown>;
  where(...args: unknown[]): KnexQuery;
  whereIn(column: string, values: readonly unknown[]): KnexQuery;
  whereNull(column: string): KnexQuery;
  delete(): Promise<number>;
  update(data: Record<string, unknown>): Promise<number>;
  select(...columns: string[]): Promise<Array<Record<string, unknown>>>;
  count(expr: string): Promise<Array<Record<string, unknown>>>;
  max(expr: string): Promise<Array<Record<string, unknown>>>;
  first(...columns: string[]): Promise<Record<string, unknown> | undefined>;
  orderBy(column: string, order?: string): KnexQuery;
  limit(n: number): KnexQuery;
};


/** Null-safe "differs" between two column expressions. */
export const differs = (knex: Knex, a: string, b: string): string => (isPostgres(knex) ? `${a} IS DISTINCT FROM ${b}` : `${a} IS NOT ${b}`);

/** A 6-digit, zero-padded text from an integer expression. */
export const sixDigits = (knex: Knex, expr: string): string =>
  isPostgres(knex) ? `lpad((${expr})::text, 6, '0')` : `substr('000000' || (${expr}), -6, 6)`;

/** Rows affected by a raw UPDATE / INSERT / DELETE on either driver. */
export const affected = (result: unknown): number => {
  const r = result as { rowCount?: number; changes?: number } | undefined;
  return Number(r?.rowCount ?? r?.changes ?? 0);
};


/**
 * Bulk insert of plain rows, as one JSON parameter per chunk: both databases expand it into rows
 * server-side (json_populate_recordset / json_each), which is far cheaper than binding tens of
 * thousands of parameters. Every row must have the same keys (column names).
 */
export const insertChunked = async (knex: Knex, table: string, rows: Record<string, unknown>[]): Promise<void> => {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const list = columns.join(', ');
  const select = isPostgres(knex)
    ? `SELECT ${list} FROM json_populate_recordset(NULL::${table}, ?::json)`
    : `SELECT ${columns.map((c) => `json_extract(value, '$.${c}')`).join(', ')} FROM json_each(?)`;
  for (let i = 0; i < rows.length; i += 5000) {
    await knex.raw(`INSERT INTO ${table} (${list}) ${select}`, [JSON.stringify(rows.slice(i, i + 5000))]);
  }
};

/**
 * PostgreSQL plans from statistics, and tables filled inside this very transaction look empty
 * to it (nested loops over thousands of rows). Refreshing them after each bulk phase keeps the
 * merges set-based in practice. SQLite needs nothing.
 */
export const refreshStatistics = async (knex: Knex, tables: readonly string[]): Promise<void> => {
  if (!isPostgres(knex)) return;
  for (const table of tables) {
    // The staging tables are wide, hold one night, and are only filtered on flags and joined on
    // keys: a sample of 3,000 rows instead of 30,000 is enough (≈ 1 s → 0.2 s per pass at
    // 100,000 rows, three passes a night). SET LOCAL: the import runs in one transaction.
    const staging = table.startsWith('feed_staging_');
    if (staging) await knex.raw('SET LOCAL default_statistics_target = 10');
    await knex.raw(`ANALYZE ${table}`);
    if (staging) await knex.raw('SET LOCAL default_statistics_target = DEFAULT');
  }
};
