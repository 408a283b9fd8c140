// Portable helpers for the plugins' raw SQL (SQLite and PostgreSQL alike).
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
