// Portable SQL helpers (SQLite and PostgreSQL) of the appointments plugin. The perimeter is the
// file-active plugin's statement (services/scope.ts `visibleFilesSql`), asked of its service,
// never restated here.
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { isPostgres, type ConsoleUser, type Knex } from '@rsa/console-kit';

export { isPostgres, placeholders, preparedRaw, rowsOf, toIsoDate, type Knex } from '@rsa/console-kit';

export type Row = Record<string, unknown>;
export type SqlFragment = { sql: string; bindings: unknown[] };

/** The visible files on `today` as one condition on `b` (the beneficiaries alias), from file-active. */
export const visibleFilesSql = (strapi: Core.Strapi, user: ConsoleUser, today: string): SqlFragment =>
  strapi.plugin('file-active').service('scope').visibleFilesSql(user, today) as SqlFragment;

/** A Date from a datetime column: SQLite gives back milliseconds, PostgreSQL a Date. */
export const toDate = (value: unknown): Date | null => {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value;
  const text = String(value);
  const ms = /^\d+$/.test(text) ? Number(text) : Date.parse(text.includes('T') ? text : text.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : new Date(ms);
};

export const toBool = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 't' || value === 'true';

/** Whether a database error is a unique-index violation (PostgreSQL 23505, SQLite CONSTRAINT_UNIQUE). */
export const isUniqueViolation = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE') return true;
  return typeof message === 'string' && /UNIQUE constraint failed|duplicate key value violates unique constraint/i.test(message);
};

type Table = { insert(row: Row): { returning(column: string): Promise<Array<{ id: number } | number>> } };

/** INSERT … RETURNING id through the query builder (both databases); `db` may be a transaction. */
export const insertRow = async (db: Core.Strapi | Knex, table: string, row: Row): Promise<number> => {
  const now = new Date();
  const builder = (typeof db === 'function' ? db : (db as Core.Strapi).db.connection) as unknown as (name: string) => Table;
  const [created] = await builder(table)
    .insert({ document_id: documentId(), created_at: now, updated_at: now, published_at: now, ...row })
    .returning('id');
  return Number(typeof created === 'object' ? created.id : created);
};

/**
 * Serialises the bookings of one collaborator's agenda until the transaction ends, so that the
 * conflict check and the insert are one step. PostgreSQL: a transaction-scoped advisory lock on
 * the login (no row of console_users held); SQLite: its single writer connection already does it.
 */
export const lockAgenda = async (trx: Knex, login: string): Promise<void> => {
  if (isPostgres(trx)) await trx.raw('SELECT pg_advisory_xact_lock(?, hashtext(?))', [AGENDA_LOCK_SPACE, login]);
};

// The first key of the advisory locks of the agendas (console-kit's job locks use 4242).
const AGENDA_LOCK_SPACE = 4243;

const documentId = (): string => randomUUID().replace(/-/g, '').slice(0, 24);
