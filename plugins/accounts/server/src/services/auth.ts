// Log-in, password change and (first) password through a single-use link.
// Unknown login and wrong password give the same answer, and the back-off is kept per login
// string (existing or not) so that the lock itself does not reveal which accounts exist.
import type { Core } from '@strapi/strapi';
import { ConsoleError, type ConsoleUser } from '@rsa/console-kit';
import { verifyPassword, verifyPasswordOrNothing, hashPassword } from '../../../domain/password-hash';
import { checkPassword } from '../../../domain/password-policy';
import { afterFailure, isLocked, lockedMessage, type ThrottleState } from '../../../domain/login-throttle';
import { normalizeLogin } from '../../../domain/login-validation';
import { checkResetToken, newResetToken, RESET_TOKEN_MESSAGES } from '../../../domain/reset-link';
import { tokenHash } from '../../../domain/session-policy';
import { USER_UID, toConsoleUser, type UserRow } from './users';

const THROTTLE_UID = 'plugin::accounts.login-throttle';
const RESET_UID = 'plugin::accounts.reset-link';
const BAD_CREDENTIALS = 'Identifiant ou mot de passe incorrect.';

type ThrottleRow = { id: number; login: string; failures: number; lastFailureAt: string | Date | null };

const splitName = (name: string) => {
  const [firstName = '', ...rest] = name.split(/\s+/);
  return { firstName, lastName: rest.join(' ') };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const sessions = () => strapi.plugin('accounts').service('sessions');

  const throttleOf = async (login: string): Promise<{ row: ThrottleRow | null; state: ThrottleState }> => {
    const row = (await strapi.db.query(THROTTLE_UID).findOne({ where: { login } })) as ThrottleRow | null;
    return {
      row,
      state: row ? { failures: row.failures ?? 0, lastFailureAt: row.lastFailureAt ? new Date(row.lastFailureAt) : null } : { failures: 0, lastFailureAt: null },
    };
  };

  const setPassword = async (user: UserRow, password: string): Promise<void> => {
    const check = checkPassword(password, { login: user.login, ...splitName(user.name) });
    if (!check.ok) throw new ConsoleError(422, `Mot de passe refusé : ${check.reasons.join(' ')}`, { reasons: check.reasons });
    await strapi.db.query(USER_UID).update({
      where: { id: user.id },
      data: { passwordHash: await hashPassword(password), passwordChangedAt: new Date(), canLogin: true },
    });
    await sessions().revokeAll(user.id);
  };

  return {
    async login(rawLogin: string, password: string, now = new Date()): Promise<{ token: string; user: ConsoleUser }> {
      const login = normalizeLogin(rawLogin);
      const throttle = await throttleOf(login);
      if (isLocked(throttle.state, now)) {
        strapi.log.warn(`Connexion refusée (attente imposée) pour ${login}`);
        throw new ConsoleError(429, lockedMessage(throttle.state, now) ?? 'Trop de tentatives.');
      }
      const user = (await strapi.db.query(USER_UID).findOne({ where: { login } })) as UserRow | null;
      const usable = user && user.active && user.canLogin ? user.passwordHash : null;
      // Always pay the hash, so that timing does not tell unknown logins apart.
      const ok = await verifyPasswordOrNothing(password, usable);
      if (!ok || !user) {
        const next = afterFailure(throttle.state, now);
        if (throttle.row) {
          await strapi.db.query(THROTTLE_UID).update({ where: { id: throttle.row.id }, data: { failures: next.failures, lastFailureAt: now } });
        } else {
          await strapi.db.query(THROTTLE_UID).create({ data: { login, failures: next.failures, lastFailureAt: now } });
        }
        strapi.log.warn(`Échec de connexion pour ${login} (${next.failures} échec(s) consécutif(s))`);
        throw new ConsoleError(401, BAD_CREDENTIALS);
      }
      if (throttle.row) await strapi.db.query(THROTTLE_UID).delete({ where: { id: throttle.row.id } });
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
      const stored = (await strapi.db.query(RESET_UID).findOne({ where: { tokenHash: tokenHash(token) } })) as
        | { id: number; userId: number; expiresAt: string | Date; usedAt: string | Date | null }
        | null;
      const status = checkResetToken(stored ? { expiresAt: new Date(stored.expiresAt), usedAt: stored.usedAt ? new Date(stored.usedAt) : null } : null, now);
      if (status !== 'ok' || !stored) {
        throw new ConsoleError(status === 'unknown' || status === 'ok' ? 404 : 422, RESET_TOKEN_MESSAGES[status === 'ok' ? 'unknown' : status]);
      }
      const user = (await strapi.db.query(USER_UID).findOne({ where: { id: stored.userId } })) as UserRow | null;
      if (!user || !user.active) throw new ConsoleError(404, RESET_TOKEN_MESSAGES.unknown);
      await setPassword(user, password);
      await strapi.db.query(RESET_UID).update({ where: { id: stored.id }, data: { usedAt: now } });
    },
  };
};
