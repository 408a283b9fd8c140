// Log-in, password change and (first) password through a single-use link.
// Unknown login and wrong password give the same answer, and the back-off is kept per login
// string (existing or not) so that the lock itself does not reveal which accounts exist.
import type { Core } from '@strapi/strapi';
import { ConsoleError, type ConsoleUser } from '@rsa/console-kit';
import { verifyPassword, verifyPasswordOrNothing, hashPassword } from '../../../domain/password-hash';
import { checkPassword } from '../../../domain/password-policy';
import { waitMessage } from '../../../domain/login-throttle';
import { logSafe } from '../../../domain/log-safe';
import { normalizeLogin, validateLogin } from '../../../domain/login-validation';
import { checkResetToken, newResetToken, RESET_TOKEN_MESSAGES } from '../../../domain/reset-link';
import { tokenHash } from '../../../domain/session-policy';
import { countAttempt, forgetAttempts, type RawKnex } from './login-throttle-sql';
import { claimResetLink, revokeOtherResetLinks } from './reset-link-sql';
import { USER_UID, toConsoleUser, type UserRow } from './users';

const RESET_UID = 'plugin::accounts.reset-link';
const BAD_CREDENTIALS = 'Identifiant ou mot de passe incorrect.';
const WAIT_FALLBACK = 'Trop de tentatives de connexion échouées. Réessayez dans quelques minutes.';

type StoredLinkRow = { id: number; userId: number; expiresAt: string | Date; usedAt: string | Date | null; revokedAt: string | Date | null };

const asDate = (v: string | Date | null): Date | null => (v === null || v === undefined ? null : new Date(v));

// The domain's verdict on a link, as the French error the form shows (404 for an unknown link).
const refuseUnusable = (stored: StoredLinkRow | null, now: Date): void => {
  const status = checkResetToken(
    stored ? { expiresAt: new Date(stored.expiresAt), usedAt: asDate(stored.usedAt), revokedAt: asDate(stored.revokedAt) } : null,
    now,
  );
  if (status === 'ok') return;
  throw new ConsoleError(status === 'unknown' ? 404 : 422, RESET_TOKEN_MESSAGES[status]);
};

const splitName = (name: string) => {
  const [firstName = '', ...rest] = name.split(/\s+/);
  return { firstName, lastName: rest.join(' ') };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sessions = () => strapi.plugin('accounts').service('sessions');

  const checkedHash = async (user: UserRow, password: string): Promise<string> => {
    const check = checkPassword(password, { login: user.login, ...splitName(user.name) });
    if (!check.ok) throw new ConsoleError(422, `Mot de passe refusé : ${check.reasons.join(' ')}`, { reasons: check.reasons });
    return hashPassword(password);
  };

  const setPassword = async (user: UserRow, password: string): Promise<void> => {
    const passwordHash = await checkedHash(user, password);
    await strapi.db.query(USER_UID).update({
      where: { id: user.id },
      data: { passwordHash, passwordChangedAt: new Date(), canLogin: true },
    });
    await sessions().revokeAll(user.id);
  };

  return {
    async login(rawLogin: string, password: string, now = new Date()): Promise<{ token: string; user: ConsoleUser }> {
      const login = normalizeLogin(rawLogin);
      // No account can have a malformed login (users:upsert and the feed validate it): refuse it
      // before anything is stored or logged — a 200 KB "login" or one with a newline included.
      const shape = validateLogin(login);
      if (!shape.ok) throw new ConsoleError(400, shape.message);
      const knex = strapi.db.connection as unknown as RawKnex;
      // Counted before the password is checked, atomically: see login-throttle-sql.ts.
      const started = Date.now();
      const attempt = await countAttempt(knex, login, now);
      if (!attempt.counted) {
        strapi.log.warn(`Connexion refusée (attente imposée) pour ${logSafe(login)}`);
        // The wait may have been started by a parallel attempt counted after this one began:
        // the remaining time is told from when the answer leaves (the clock may be injected).
        const answeredAt = new Date(now.getTime() + (Date.now() - started));
        throw new ConsoleError(429, waitMessage(attempt.lockedUntil, answeredAt) ?? WAIT_FALLBACK);
      }
      const user = (await strapi.db.query(USER_UID).findOne({ where: { login } })) as UserRow | null;
      const usable = user && user.active && user.canLogin ? user.passwordHash : null;
      // Always pay the hash, so that timing does not tell unknown logins apart.
      const ok = await verifyPasswordOrNothing(password, usable);
      if (!ok || !user) {
        strapi.log.warn(`Échec de connexion pour ${logSafe(login)} (${attempt.attempt} tentative(s) consécutive(s))`);
        throw new ConsoleError(401, BAD_CREDENTIALS);
      }
      await forgetAttempts(knex, login);
      await strapi.db.query(USER_UID).update({ where: { id: user.id }, data: { lastLoginAt: now } });
      const token = await sessions().open(user.id, now);
      return { token, user: toConsoleUser(user) };
    },

    async changePassword(userId: number, current: string, next: string): Promise<string> {
      const user = (await strapi.db.query(USER_UID).findOne({ where: { id: userId } })) as UserRow | null;
      if (!user || !user.passwordHash || !(await verifyPassword(current, user.passwordHash))) {
        throw new ConsoleError(422, 'Le mot de passe actuel est incorrect.');
      }
      await setPassword(user, next);
      return sessions().open(user.id);
    },

    /** An admin asks for a first-login / reset link: returns the raw token, shown once. */
    async createResetLink(login: string, now = new Date()): Promise<{ token: string; expiresAt: Date; user: UserRow }> {
      const user = (await strapi.db.query(USER_UID).findOne({ where: { login: normalizeLogin(login) } })) as UserRow | null;
      if (!user) throw new ConsoleError(404, 'Collaborateur introuvable.');
      const reset = newResetToken(now);
      await strapi.db.query(RESET_UID).create({ data: { tokenHash: reset.tokenHash, userId: user.id, expiresAt: reset.expiresAt } });
      return { token: reset.token, expiresAt: reset.expiresAt, user };
    },

    async resetPassword(token: string, password: string, now = new Date()): Promise<void> {
      const hash = tokenHash(token);
      const stored = (await strapi.db.query(RESET_UID).findOne({ where: { tokenHash: hash } })) as StoredLinkRow | null;
      refuseUnusable(stored, now);
      const user = (await strapi.db.query(USER_UID).findOne({ where: { id: (stored as StoredLinkRow).userId } })) as UserRow | null;
      if (!user || !user.active) throw new ConsoleError(404, RESET_TOKEN_MESSAGES.unknown);
      // The policy and the (slow) hash come first: a refused password must not burn the link.
      const passwordHash = await checkedHash(user, password);
      const won = await strapi.db.transaction(async ({ trx }) => {
        const knex = trx as unknown as RawKnex;
        if ((await claimResetLink(knex, hash, now)) !== user.id) return false;
        await revokeOtherResetLinks(knex, user.id, hash, now);
        await strapi.db.query(USER_UID).update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: now, canLogin: true } });
        await sessions().revokeAll(user.id, now);
        return true;
      });
      if (!won) {
        // Another request won the race (or the link expired meanwhile): say which.
        refuseUnusable((await strapi.db.query(RESET_UID).findOne({ where: { tokenHash: hash } })) as StoredLinkRow | null, now);
        throw new ConsoleError(422, RESET_TOKEN_MESSAGES.used);
      }
    },
  };
};
