// Console sessions (ACCESS.md, ASVS 3): an opaque random token per login, of which only a hash is
// stored, so that a copy of the database gives no usable session. Each tab sends the same token,
// which is why several tabs work; a new login gives a new token and leaves the others alone.
import { createHash, randomBytes } from 'node:crypto';

export type SessionTimes = {
  createdAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
};

export type SessionStatus = 'active' | 'idle_expired' | 'absolute_expired' | 'revoked';

export const IDLE_TIMEOUT_MS = 30 * 60_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 60 * 60_000;
// lastSeenAt is written at most this often: one write per request would make every read of a
// list a database write. The price is an idle expiry up to this much early, which is acceptable.
export const TOUCH_INTERVAL_MS = 60_000;

const TOKEN_BYTES = 32;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

// A quick shape check before hashing and querying: anything else cannot be one of ours.
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

// sha256 without salt is right here: the token has 256 bits of entropy, nothing to guess.
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

// Revocation (log-out, password change) wins over everything; then the absolute limit, so that
// a session kept alive by activity still ends 12 hours after login.
export function sessionStatus(session: SessionTimes, now: Date): SessionStatus {
  const t = now.getTime();
  if (session.revokedAt !== null && session.revokedAt.getTime() <= t) return 'revoked';
  if (t - session.createdAt.getTime() >= ABSOLUTE_TIMEOUT_MS) return 'absolute_expired';
  if (t - session.lastSeenAt.getTime() >= IDLE_TIMEOUT_MS) return 'idle_expired';
  return 'active';
}

export function sessionExpiresAt(session: Pick<SessionTimes, 'createdAt' | 'lastSeenAt'>): Date {
  return new Date(
    Math.min(session.lastSeenAt.getTime() + IDLE_TIMEOUT_MS, session.createdAt.getTime() + ABSOLUTE_TIMEOUT_MS),
  );
}

export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}

export const SESSION_STATUS_MESSAGES: Readonly<Record<Exclude<SessionStatus, 'active'>, string>> = {
  idle_expired: 'Votre session a expiré après 30 minutes d’inactivité. Veuillez vous reconnecter.',
  absolute_expired: 'Votre session a atteint sa durée maximale de 12 heures. Veuillez vous reconnecter.',
  revoked: 'Votre session a été fermée. Veuillez vous reconnecter.',
};
