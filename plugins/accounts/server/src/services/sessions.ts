// Server-side sessions: only a hash of the token is stored; each request resolves it, checks
// the idle and absolute limits, and touches it at most once a minute.
import type { Core } from '@strapi/strapi';
import type { ConsoleUser } from '@rsa/console-kit';
import { isWellFormedToken, newToken, sessionStatus, shouldTouch, tokenHash, SESSION_STATUS_MESSAGES } from '../../../domain/session-policy';
import { USER_UID, toConsoleUser, type UserRow } from './users';

const SESSION_UID = 'plugin::accounts.console-session';

type SessionRow = { id: number; userId: number; createdAt: string | Date; lastSeenAt: string | Date; revokedAt: string | Date | null };

export type ResolvedSession = { ok: true; user: ConsoleUser } | { ok: false; message: string };

const asDate = (v: string | Date): Date => (v instanceof Date ? v : new Date(v));

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async open(userId: number, now = new Date()): Promise<string> {
    const token = newToken();
    await strapi.db.query(SESSION_UID).create({ data: { tokenHash: tokenHash(token), userId, lastSeenAt: now } });
    return token;
  },

  async resolve(token: string, now = new Date()): Promise<ResolvedSession> {
    const absent = { ok: false as const, message: 'Session expirée ou absente : veuillez vous reconnecter.' };
    if (!isWellFormedToken(token)) return absent;
    const session = (await strapi.db.query(SESSION_UID).findOne({ where: { tokenHash: tokenHash(token) } })) as SessionRow | null;
    if (!session) return absent;
    const status = sessionStatus(
      { createdAt: asDate(session.createdAt), lastSeenAt: asDate(session.lastSeenAt), revokedAt: session.revokedAt ? asDate(session.revokedAt) : null },
      now,
    );
    if (status !== 'active') return { ok: false, message: SESSION_STATUS_MESSAGES[status] };
    const user = (await strapi.db.query(USER_UID).findOne({ where: { id: session.userId } })) as UserRow | null;
    if (!user || !user.active || !user.canLogin) return absent;
    if (shouldTouch(asDate(session.lastSeenAt), now)) {
      await strapi.db.query(SESSION_UID).update({ where: { id: session.id }, data: { lastSeenAt: now } });
    }
    return { ok: true, user: toConsoleUser(user) };
  },

  /** The id of the session a token opened (the référent's session in a signature's evidence). */
  async idOf(token: string): Promise<number | null> {
    if (!isWellFormedToken(token)) return null;
    const session = (await strapi.db.query(SESSION_UID).findOne({ where: { tokenHash: tokenHash(token) } })) as SessionRow | null;
    return session?.id ?? null;
  },

  async revoke(token: string, now = new Date()): Promise<void> {
    await strapi.db.query(SESSION_UID).updateMany({ where: { tokenHash: tokenHash(token), revokedAt: null }, data: { revokedAt: now } });
  },

  async revokeAll(userId: number, now = new Date()): Promise<void> {
    await strapi.db.query(SESSION_UID).updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  },
});
