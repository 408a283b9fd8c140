// First login and password reset go through a single-use link valid 24 hours (ACCESS.md, P2).
// The link carries a random token; only its hash is stored, like session tokens.
import { newToken, tokenHash } from './session-policy';

export const RESET_LINK_VALIDITY_MS = 24 * 60 * 60_000;

export type ResetToken = { token: string; tokenHash: string; expiresAt: Date };

// `revokedAt`: set when another link of the same person was used (optional for old callers).
export type StoredResetToken = { expiresAt: Date; usedAt: Date | null; revokedAt?: Date | null };

export type ResetTokenCheck = 'ok' | 'expired' | 'used' | 'revoked' | 'unknown';

export function newResetToken(now: Date): ResetToken {
  const token = newToken();
  return { token, tokenHash: tokenHash(token), expiresAt: new Date(now.getTime() + RESET_LINK_VALIDITY_MS) };
}

// The whole rule a reset link is used under, as the conditional UPDATE restates it
// (auth.ts, claimResetLink): only a link that is 'ok' at `now` may be claimed, and only once.
// `stored` is the row found by the hash of the presented token, null when none matched.
// "used" wins over "expired": the user learns the more useful fact.
export function checkResetToken(stored: StoredResetToken | null, now: Date): ResetTokenCheck {
  if (stored === null) return 'unknown';
  if (stored.usedAt !== null) return 'used';
  if (stored.revokedAt) return 'revoked';
  if (now.getTime() >= stored.expiresAt.getTime()) return 'expired';
  return 'ok';
}

export const RESET_TOKEN_MESSAGES: Readonly<Record<Exclude<ResetTokenCheck, 'ok'>, string>> = {
  expired: 'Ce lien a expiré (validité 24 heures). Demandez un nouveau lien.',
  used: 'Ce lien a déjà été utilisé. Demandez un nouveau lien si nécessaire.',
  revoked: 'Ce lien n’est plus valable : un autre lien a servi à choisir le mot de passe. Demandez un nouveau lien si nécessaire.',
  unknown: 'Ce lien n’est pas valide. Demandez un nouveau lien.',
};
