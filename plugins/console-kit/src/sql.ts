// Portable helpers for the plugins' raw SQL (SQLite and PostgreSQL alike).
import { createHash } from 'crypto';
export type SqlClient = { client: { config: { client: string } } };
export type SqlRow = Record<string, unknown>;
/** What the plugins' raw SQL needs of Strapi's knex (`strapi.db.connection`). */
export type Knex = SqlClient & { raw(sql: string, bindings?: readonly unknown[]): Promise<unknown> };

export const isPostgres = (knex: SqlClient): boolean => ['postgres', 'pg', 'postgresql'].includes(knex.client.config.client);

/** The rows of a raw query: an array on SQLite, `{ rows }` on PostgreSQL. */
export const rowsOf = <T = SqlRow>(result: unknown): T[] => {
  const r = result as { rows?: T[] } | T[];
  return Array.isArray(r) ? r : (r.rows ?? []);
};

export const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

/** `YYYY-MM-DD` from a date column (strings on both databases; Dates tolerated). */
export const toIsoDate = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
};

/**
 * The reports' perimeter parameters (PERIMETER_PARAMS of the vocabulary) on a référent
 * `assignment` / `user` pair and the file `b`: a structure code, a référent (the picker's user id,
 * or a login), a territory code of the file.
 */
export const perimeterSql = (params: Record<string, unknown>, assignment: string, user: string): Array<{ sql: string; bindings: unknown[] }> => {
  const text = (name: string) => (typeof params[name] === 'string' || typeof params[name] === 'number' ? String(params[name]).trim() : '');
  const conditions: Array<{ sql: string; bindings: unknown[] }> = [];
  const structure = text('structure');
  if (structure) conditions.push({ sql: `${user}.structure_code = ?`, bindings: [structure.toUpperCase()] });
  const referent = text('referent');
  if (referent) {
    conditions.push(/^\d+$/.test(referent) ? { sql: `${user}.id = ?`, bindings: [Number(referent)] } : { sql: `${assignment}.login = ?`, bindings: [referent.toLowerCase()] });
  }
  const territory = text('territory');
  if (territory) conditions.push({ sql: 'b.territory_code = ?', bindings: [territory.toUpperCase()] });
  return conditions;
};

type Preparable = Promise<unknown> & { options?(options: Record<string, unknown>): Promise<unknown> };

/**
 * A raw read that runs on every screen with the same text (a list page's rows, the session of each
 * request). On PostgreSQL it runs as a named prepared statement: each pooled connection parses it
 * once, and PostgreSQL may keep its plan (planning the list page's rows took 3.5 ms, running them
 * 1.8 ms — at 20 concurrent clients that is CPU every request waits for). The name is a digest of
 * the text: one name, one text (pg refuses a name reused for another); knex passes an array
 * binding as one parameter (`?::int[]`), so the text never depends on the values.
 * SQLite: a plain raw (better-sqlite3 already caches its statements).
 */
export const preparedRaw = (knex: Knex, sql: string, bindings: readonly unknown[] = []): Promise<unknown> => {
  const query = knex.raw(sql, bindings) as Preparable;
  if (!isPostgres(knex) || typeof query.options !== 'function') return query;
  return query.options({ name: `rsa_${createHash('sha1').update(sql).digest('hex').slice(0, 24)}` });
};
