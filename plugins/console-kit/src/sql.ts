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
