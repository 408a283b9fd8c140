// Server-side sessions: only a hash of the token is stored; each request resolves it, checks
// the idle and absolute limits, and touches it at most once a minute.
import type { Core } from '@strapi/strapi';
import { preparedRaw, rowsOf, type ConsoleUser, type Knex } from '@rsa/console-kit';
import { isWellFormedToken, newToken, sessionStatus, shouldTouch, tokenHash, SESSION_STATUS_MESSAGES } from '../../../domain/session-policy';
import { toConsoleUser, type UserRow } from './users';

const SESSION_UID = 'plugin::accounts.console-session';

type SessionRow = { id: number; userId: number; createdAt: string | Date; lastSeenAt: string | Date; revokedAt: string | Date | null };

export type ResolvedSession = { ok: true; user: ConsoleUser } | { ok: false; message: string };

const asDate = (v: string | number | Date): Date => (v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  return {
  async open(userId: number, now = new Date()): Promise<string> {
    const token = newToken();
    await strapi.db.query(SESSION_UID).create({ data: { tokenHash: tokenHash(token), userId, lastSeenAt: now } });
    return token;
  },

  async resolve(token: string, now = new Date()): Promise<ResolvedSession> {
    const absent = { ok: false as const, message: 'Session expirée ou absente : veuillez vous reconnecter.' };
    if (!isWellFormedToken(token)) return absent;
    // Every console request runs this: one statement (session and its collaborator joined)
    // rather than two queries of the entity engine.
    const [row] = rowsOf<Record<string, unknown>>(
      await preparedRaw(
        knex(),
        `SELECT s.id AS session_id, s.created_at, s.last_seen_at, s.revoked_at,
                u.id, u.login, u.name, u.email, u.profiles, u.structure_code, u.territory_code, u.can_login, u.active
           FROM console_sessions s LEFT JOIN console_users u ON u.id = s.user_id
          WHERE s.token_hash = ?`,
        [tokenHash(token)],
      ),
    );
    if (!row) return absent;
    const session = { id: Number(row.session_id), lastSeenAt: asDate(row.last_seen_at as string) };
    const status = sessionStatus(
      { createdAt: asDate(row.created_at as string), lastSeenAt: session.lastSeenAt, revokedAt: row.revoked_at ? asDate(row.revoked_at as string) : null },
      now,
    );
    if (status !== 'active') return { ok: false, message: SESSION_STATUS_MESSAGES[status] };
    if (row.id === null || row.id === undefined || !row.active || !row.can_login) return absent;
    const profiles = typeof row.profiles === 'string' ? (JSON.parse(row.profiles) as UserRow['profiles']) : (row.profiles as UserRow['profiles']);
    const user: UserRow = {
      id: Number(row.id),
      login: String(row.login),
      name: String(row.name),
      email: (row.email as string) ?? null,
      passwordHash: null,
      profiles,
      structureCode: (row.structure_code as string) ?? null,
      territoryCode: (row.territory_code as string) ?? null,
      canLogin: true,
      active: true,
    };
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
  };
};
