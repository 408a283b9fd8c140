// One lock per background job, held in the database so that it holds across processes and
// server instances (ARCHITECTURE.md). PostgreSQL: a session-level advisory lock on a dedicated
// connection, released by the server if the process dies. SQLite (one machine): a row in
// job_locks naming host and pid; a row left by a dead process on this host is taken over,
// one from another host after its expiry (refreshed while the job runs).
import { hostname } from 'os';
import { isPostgres } from './sql';

// What the lock needs beyond raw SQL: a dedicated connection (PostgreSQL) and the query builder.
type LockKnex = {
  client: { config: { client: string }; acquireConnection(): Promise<unknown>; releaseConnection(c: unknown): Promise<void> };
  raw(sql: string, bindings?: unknown[]): Promise<unknown> & { connection(c: unknown): Promise<unknown> };
  (table: string): {
    insert(row: Record<string, unknown>): Promise<unknown>;
    where(filter: Record<string, unknown>): {
      first(): Promise<Record<string, unknown> | undefined>;
      update(data: Record<string, unknown>): Promise<number>;
      delete(): Promise<number>;
      andWhere(column: string, op: string, value: unknown): { update(data: Record<string, unknown>): Promise<number> };
    };
  };
};

export type JobLock = { release(): Promise<void> };

const TTL_MS = 15 * 60_000;
const TABLE = 'job_locks';

const lockKey = (name: string): number => {
  let hash = 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
};

// SQLite gives back what knex stored (milliseconds), PostgreSQL a Date.
const toMillis = (value: unknown): number => {
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  const text = String(value);
  return /^\d+$/.test(text) ? Number(text) : Date.parse(text);
};

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const acquirePostgres = async (knex: LockKnex, name: string): Promise<JobLock | null> => {
  const connection = await knex.client.acquireConnection();
  const result = (await knex.raw('SELECT pg_try_advisory_lock(?, ?) AS locked', [4242, lockKey(name)]).connection(connection)) as {
    rows: Array<{ locked: boolean }>;
  };
  if (!result.rows[0]?.locked) {
    await knex.client.releaseConnection(connection);
    return null;
  }
  return {
    async release() {
      try {
        await knex.raw('SELECT pg_advisory_unlock(?, ?)', [4242, lockKey(name)]).connection(connection);
      } finally {
        await knex.client.releaseConnection(connection);
      }
    },
  };
};

const acquireRow = async (knex: LockKnex, name: string): Promise<JobLock | null> => {
  const holder = `${hostname()}:${process.pid}`;
  const now = new Date();
  const expiresAt = new Date(now.getTime() + TTL_MS);
  const current = await knex(TABLE).where({ name }).first();
  if (!current) {
    try {
      await knex(TABLE).insert({ name, holder, acquired_at: now, expires_at: expiresAt, created_at: now, updated_at: now });
    } catch {
      return null; // another process inserted it first
    }
  } else {
    const [host, pid] = String(current.holder ?? '').split(':');
    const expired = !(toMillis(current.expires_at) > now.getTime());
    const deadHere = host === hostname() && !processAlive(Number(pid));
    if (!expired && !deadHere) return null;
    const taken = await knex(TABLE).where({ name, holder: current.holder }).update({ holder, acquired_at: now, expires_at: expiresAt, updated_at: now });
    if (taken !== 1) return null;
  }
  const heartbeat = setInterval(() => {
    void knex(TABLE)
      .where({ name, holder })
      .update({ expires_at: new Date(Date.now() + TTL_MS) })
      .catch(() => undefined);
  }, TTL_MS / 5);
  heartbeat.unref();
  return {
    async release() {
      clearInterval(heartbeat);
      await knex(TABLE).where({ name, holder }).delete();
    },
  };
};

/** Takes the named job lock, or answers null when another process holds it. */
export const acquireJobLock = (knex: unknown, name: string): Promise<JobLock | null> => {
  const k = knex as LockKnex;
  return isPostgres(k) ? acquirePostgres(k, name) : acquireRow(k, name);
};
