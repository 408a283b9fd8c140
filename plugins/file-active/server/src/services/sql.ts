// Shared SQL pieces of the file-active plugin (SQLite and PostgreSQL alike).
export type Knex = {
  raw(sql: string, bindings?: readonly unknown[]): Promise<unknown>;
  client: { config: { client: string } };
};

export const rowsOf = <T>(result: unknown): T[] => {
  const r = result as { rows?: T[] } | T[];
  return Array.isArray(r) ? r : (r.rows ?? []);
};

export const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(', ');

/** The file's state today: sortie, veille (a veille in force), or entrée. */
export const STATE_SQL = `CASE WHEN e.state = 'sortie' THEN 'sortie'
  WHEN EXISTS (SELECT 1 FROM standbys st WHERE st.beneficiary_id = b.id AND st.start_date <= ? AND (st.end_date IS NULL OR st.end_date >= ?)) THEN 'veille'
  ELSE 'entree' END`;

/** Latest référent de parcours assignment of the file `b` (current or last). */
export const LAST_PARCOURS_ID_SQL = `(SELECT a2.id FROM assignments a2 WHERE a2.beneficiary_id = b.id AND a2.role = 'parcours'
  ORDER BY a2.start_date DESC, a2.id DESC LIMIT 1)`;

export const toIsoDate = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
};
