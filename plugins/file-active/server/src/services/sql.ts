// Shared SQL pieces of the file-active plugin (SQLite and PostgreSQL alike).
export { isPostgres, placeholders, rowsOf, toIsoDate, type Knex } from '@rsa/console-kit';
export { foldSql } from '@rsa/vocabulary';

export type SqlFragment = { sql: string; bindings: unknown[] };



/**
 * The file's state today: sortie, veille (a veille started and not ended by a user: it never
 * ends by itself, whatever its planned end), or entrée. One binding: today.
 */
export const STATE_SQL = `CASE WHEN e.state = 'sortie' THEN 'sortie'
  WHEN EXISTS (SELECT 1 FROM standbys st WHERE st.beneficiary_id = b.id AND st.start_date <= ? AND st.ended_on IS NULL) THEN 'veille'
  ELSE 'entree' END`;

/** Latest référent de parcours assignment of the file `b` (current or last). */
export const LAST_PARCOURS_ID_SQL = `(SELECT a2.id FROM assignments a2 WHERE a2.beneficiary_id = b.id AND a2.role = 'parcours'
  ORDER BY a2.start_date DESC, a2.id DESC LIMIT 1)`;

/** A référent de parcours assignment in force today on `b` (the file active); bindings: today, today. */
export const PARCOURS_IN_FORCE_SQL = `EXISTS (SELECT 1 FROM assignments pf WHERE pf.beneficiary_id = b.id AND pf.role = 'parcours'
  AND pf.start_date <= ? AND (pf.end_date IS NULL OR pf.end_date >= ?))`;


export const toIsoDateTime = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || /^\d+$/.test(String(value))) return new Date(Number(value)).toISOString();
  const parsed = new Date(String(value).replace(' ', 'T'));
  return Number.isNaN(parsed.getTime()) ? String(value) : parsed.toISOString();
};
