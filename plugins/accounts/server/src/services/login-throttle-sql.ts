// The SQL side of the login back-off (domain/login-throttle.ts): one statement counts an
// attempt and starts the wait it triggers, so parallel requests cannot all read "0 failures"
// before any of them writes (the race that let the 140th of 150 parallel attempts in).
// `INSERT … ON CONFLICT … DO UPDATE … WHERE … RETURNING` runs on SQLite ≥ 3.35 and PostgreSQL.
// The delays are generated from the domain's table, never written here; a test pins both.
import { randomBytes } from 'crypto';
import { rowsOf } from '@rsa/console-kit';
import { FREE_FAILURES, lockDelaySteps, lockUntilAfterAttempt } from '../../../domain/login-throttle';

export type RawKnex = { raw(sql: string, bindings?: readonly unknown[]): Promise<unknown> };

export type CountedAttempt = { counted: true; attempt: number } | { counted: false; lockedUntil: Date | null };

// End of the wait (epoch ms) started by the `count`-th attempt counted at the bound time.
const lockedUntilSql = (count: string): string => {
  const steps = lockDelaySteps();
  const cap = steps[steps.length - 1];
  const whens = steps.slice(0, -1).map((s) => `WHEN ${s.failures} THEN ${s.delayMs}`).join(' ');
  return `CASE WHEN ${count} <= ${FREE_FAILURES} THEN NULL ELSE CAST(? AS BIGINT) + CASE ${count} ${whens} ELSE ${cap.delayMs} END END`;
};

export const COUNT_ATTEMPT_SQL = `
INSERT INTO login_throttles (document_id, login, failures, last_failure_at, locked_until_ms, created_at, updated_at)
VALUES (?, ?, 1, ?, ?, ?, ?)
ON CONFLICT (login) DO UPDATE SET
  failures = login_throttles.failures + 1,
  last_failure_at = excluded.last_failure_at,
  updated_at = excluded.updated_at,
  locked_until_ms = ${lockedUntilSql('login_throttles.failures + 1')}
WHERE login_throttles.locked_until_ms IS NULL OR login_throttles.locked_until_ms <= ?
RETURNING failures`;

// Strapi's document id shape (24 lowercase alphanumerics) for rows it did not create.
const documentId = (): string => randomBytes(18).toString('base64').replace(/[^a-z0-9]/gi, '').toLowerCase().padEnd(24, '0').slice(0, 24);

/**
 * Counts one attempt for `login` at `now`, unless the login is waiting: then nothing is
 * written and the end of the wait is returned.
 */
export const countAttempt = async (knex: RawKnex, login: string, now: Date): Promise<CountedAttempt> => {
  const first = lockUntilAfterAttempt(1, now);
  const rows = rowsOf<{ failures: number | string }>(
    await knex.raw(COUNT_ATTEMPT_SQL, [documentId(), login, now, first ? first.getTime() : null, now, now, now.getTime(), now.getTime()]),
  );
  if (rows.length === 1) return { counted: true, attempt: Number(rows[0].failures) };
  const waiting = rowsOf<{ locked_until_ms: number | string | null }>(
    await knex.raw('SELECT locked_until_ms FROM login_throttles WHERE login = ?', [login]),
  );
  const until = waiting[0]?.locked_until_ms;
  return { counted: false, lockedUntil: until === null || until === undefined ? null : new Date(Number(until)) };
};

/** A successful login forgets the count. */
export const forgetAttempts = async (knex: RawKnex, login: string): Promise<void> => {
  await knex.raw('DELETE FROM login_throttles WHERE login = ?', [login]);
};
