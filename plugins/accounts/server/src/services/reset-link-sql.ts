// The SQL side of single-use reset links (domain/reset-link.ts): a conditional UPDATE that
// only one request can win, whatever arrives at once — PostgreSQL re-checks the WHERE after
// waiting for a concurrent winner's row lock, SQLite has a single writer. `RETURNING` gives
// the rows won on both databases (SQLite ≥ 3.35).
import { rowsOf } from '@rsa/console-kit';
import type { RawKnex } from './login-throttle-sql';

export const CLAIM_RESET_LINK_SQL = `
UPDATE reset_links SET used_at = ?, updated_at = ?
WHERE token_hash = ? AND used_at IS NULL AND revoked_at IS NULL AND expires_at > ?
RETURNING id, user_id`;

/** Marks the link used at `now` if it still may be used; the user id when this call won. */
export const claimResetLink = async (knex: RawKnex, hash: string, now: Date): Promise<number | null> => {
  const won = rowsOf<{ user_id: number | string }>(await knex.raw(CLAIM_RESET_LINK_SQL, [now, now, hash, now]));
  return won.length === 1 ? Number(won[0].user_id) : null;
};

/** Using a link closes the person's other open links. */
export const revokeOtherResetLinks = async (knex: RawKnex, userId: number, keptHash: string, now: Date): Promise<void> => {
  await knex.raw('UPDATE reset_links SET revoked_at = ?, updated_at = ? WHERE user_id = ? AND token_hash <> ? AND used_at IS NULL AND revoked_at IS NULL', [
    now,
    now,
    userId,
    keptHash,
  ]);
};
