// Append-only audit trail (ACCESS.md, P5): who (login, profile), when (UTC), which action, which
// file — never the personal data itself. Consulted by cadres and siège, within their perimeter;
// entries older than 12 months are purged nightly.
import { randomUUID } from 'crypto';
import type { Core } from '@strapi/strapi';
import { ConsoleError, filterString, hasProfile, todayInParis, type ConsoleUser, type ListQuery } from '@rsa/console-kit';
import { isAuditActionKind, journalPeriod } from '../../../domain/audit-journal';
import { parseBeneficiaryId } from './file-access';
import { visibleFilesSql } from './scope';
import { isPostgres, preparedRaw, rowsOf, toIsoDateTime, type Knex } from './sql';

export type AuditAction = 'read' | 'change' | 'export';
export const AUDIT_RETENTION_MONTHS = 12;

// SQLite: one transaction per group, written as multi-row VALUES statements of these sizes (256
// entries: 2,304 bound parameters), so that only five statement texts exist: the connection keeps
// its prepared statements by text. The query builder's INSERT … SELECT … UNION ALL cost SQLite a
// compound query to compile per call, which grew with the group.
const SQLITE_CHUNKS = [256, 64, 16, 4, 1];
// PostgreSQL binds one array per column: the size only bounds one statement's work.
const UNNEST_BATCH = 5000;

type AuditRow = {
  document_id: string; at: Date; login: string; profile: string; action: string; beneficiary_id: number | null;
  created_at: Date; updated_at: Date; published_at: Date;
};
const AUDIT_COLUMNS = ['document_id', 'at', 'login', 'profile', 'action', 'beneficiary_id', 'created_at', 'updated_at', 'published_at'] as const;
const COLUMN_TYPES: Record<(typeof AUDIT_COLUMNS)[number], string> = {
  document_id: 'varchar', at: 'timestamp', login: 'varchar', profile: 'varchar', action: 'varchar', beneficiary_id: 'integer',
  created_at: 'timestamp', updated_at: 'timestamp', published_at: 'timestamp',
};
const UNNEST_INSERT = `INSERT INTO audit_entries (${AUDIT_COLUMNS.join(', ')})
  SELECT * FROM unnest(${AUDIT_COLUMNS.map((c) => `?::${COLUMN_TYPES[c]}[]`).join(', ')})`;
const valuesInsert = (rows: number): string =>
  `INSERT INTO audit_entries (${AUDIT_COLUMNS.join(', ')}) VALUES ${Array.from({ length: rows }, () => `(${AUDIT_COLUMNS.map(() => '?').join(', ')})`).join(', ')}`;

// The entry's document id (24 characters of [0-9a-z], as Strapi writes them) starts with its
// instant, then a counter of this process, then randomness: every read screen writes entries, and
// random ids put each one on a random page of the document index. On SQLite with 1.5 million
// entries that made one write in ten take 13 ms instead of 1.3 ms (pages to read back, and a log
// that fills and is checkpointed sooner); in time order they go to the index's last page.
let sequence = 0;
export const auditDocumentId = (at: Date): string => {
  sequence = (sequence + 1) % 36 ** 4;
  return `${at.getTime().toString(36).padStart(9, '0')}${sequence.toString(36).padStart(4, '0')}${randomUUID().replace(/-/g, '').slice(0, 11)}`;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  // document_id and published_at make the row a document of Strapi 5, so that the admin panel's
  // read-only view of the trail (content manager) lists and opens it.
  const entry = (user: ConsoleUser, action: string, beneficiaryId: number | null, now: Date): AuditRow => ({
    document_id: auditDocumentId(now),
    at: now, login: user.login, profile: user.profiles.join(','), action, beneficiary_id: beneficiaryId, created_at: now, updated_at: now, published_at: now,
  });

  // Group commit: under concurrent reads every request used to pay its own INSERT and commit.
  // Entries of requests arriving while a write is under way are written together by the next
  // one; each request still answers only once its own entries are in the database (nothing is
  // held in memory past the answer, so nothing can be lost). A failing group is retried request by
  // request, so one bad entry fails only its own request.
  // A write starts at the end of the event loop's turn (setImmediate), so that the requests
  // answered in the same turn share it. On SQLite a write blocks the thread and was never "under
  // way" for another request: each one wrote and committed alone, the same index pages logged
  // again every time (an agenda week's 56 entries: 1.0–1.6 ms alone, 0.4–0.8 ms per request in
  // groups of 5 to 20).
  type Waiting = { rows: AuditRow[]; done(error?: unknown): void };
  let queue: Waiting[] = [];
  let writing = false;
  // PostgreSQL: one prepared statement whatever the number of entries (one array per column), so
  // each pooled connection plans it once; every read screen writes one. SQLite: VALUES lists.
  const insertAll = async (rows: AuditRow[]) => {
    if (isPostgres(knex())) {
      for (let i = 0; i < rows.length; i += UNNEST_BATCH) {
        const chunk = rows.slice(i, i + UNNEST_BATCH);
        await preparedRaw(knex(), UNNEST_INSERT, AUDIT_COLUMNS.map((column) => chunk.map((row) => row[column])));
      }
      return;
    }
    // knex's own transaction, never Strapi's: this write must not join the transaction of the
    // request whose turn scheduled it (Strapi's follows the async context).
    await (strapi.db.connection as unknown as { transaction<T>(run: (trx: Knex) => Promise<T>): Promise<T> }).transaction(async (trx) => {
      let i = 0;
      for (const size of SQLITE_CHUNKS) {
        for (; rows.length - i >= size; i += size) {
          await trx.raw(valuesInsert(size), rows.slice(i, i + size).flatMap((row) => AUDIT_COLUMNS.map((column) => row[column])));
        }
      }
    });
  };
  const drain = async (): Promise<void> => {
    while (queue.length > 0) {
      const group = queue;
      queue = [];
      try {
        await insertAll(group.flatMap((w) => w.rows));
        for (const w of group) w.done();
      } catch (error) {
        if (group.length === 1) group[0].done(error);
        else for (const w of group) await insertAll(w.rows).then(() => w.done(), (e: unknown) => w.done(e));
      }
    }
    writing = false;
  };
  const write = (rows: AuditRow[]): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      queue.push({ rows, done: (error?: unknown) => (error ? reject(error) : resolve()) });
      if (!writing) {
        writing = true;
        setImmediate(() => void drain());
      }
    });

  return {
    async record(user: ConsoleUser, action: `${AuditAction}:${string}`, beneficiaryId: number | null): Promise<void> {
      await write([entry(user, action, beneficiaryId, new Date())]);
    },

    /**
     * One entry per file a list, search, report or export showed (ACCESS.md: "a list read may be
     * one entry naming the files returned"), written set-based: one multi-row INSERT per 1 000
     * files, so a page of the list (500 at most) is one statement. An empty answer still leaves
     * one entry without a file: who looked, and when.
     */
    async recordMany(user: ConsoleUser, action: `${AuditAction}:${string}`, beneficiaryIds: readonly (number | null | undefined)[]): Promise<void> {
      const now = new Date();
      const known = [...new Set(beneficiaryIds.filter((id): id is number => typeof id === 'number' && Number.isInteger(id)))];
      const ids: (number | null)[] = known.length > 0 ? known : [null];
      await write(ids.map((id) => entry(user, action, id, now)));
    },

    /**
     * The « Journal d'accès »: filters `beneficiary` (id), `fileNumber`, `user` (id) or `login`, `action` (a kind:
     * read / change / export, or a full action), `from` / `to` (calendar days, Europe/Paris).
     * Unfiltered, it shows the entries of the caller's perimeter, newest first.
     */
    async list(user: ConsoleUser, query: ListQuery) {
      if (!hasProfile(user, 'cadre', 'siege')) throw new ConsoleError(403, 'Le journal des accès est réservé aux cadres et au siège.');
      const scope = visibleFilesSql(user, todayInParis());
      // An entry about a file is shown only to those who see the file; entries without a file
      // (a search that found nothing, exports of empty reports) only to the siège.
      const where = [`(ae.beneficiary_id IS NULL AND ${hasProfile(user, 'siege') ? '1 = 1' : '1 = 0'} OR EXISTS (SELECT 1 FROM beneficiaries b WHERE b.id = ae.beneficiary_id AND ${scope.sql}))`];
      const bindings: unknown[] = [...scope.bindings];
      const { filter } = query;
      if (filter.beneficiary !== undefined && filter.beneficiary !== null && filter.beneficiary !== '') {
        const beneficiaryId = parseBeneficiaryId(filter.beneficiary);
        await strapi.plugin('file-active').service('file-access').requireVisible(user, beneficiaryId);
        where.push('ae.beneficiary_id = ?');
        bindings.push(beneficiaryId);
      }
      const fileNumber = filterString(filter, 'fileNumber');
      if (fileNumber !== null) {
        where.push('ae.beneficiary_id IN (SELECT fb.id FROM beneficiaries fb WHERE fb.file_number = ?)');
        bindings.push(fileNumber.trim());
      }
      if (filter.user !== undefined && filter.user !== null && filter.user !== '') {
        // The journal's collaborator picker sends the user's id.
        const userId = Number(filter.user);
        if (!Number.isInteger(userId) || userId <= 0) throw new ConsoleError(400, 'Filtre user invalide.');
        where.push('ae.login = (SELECT cu.login FROM console_users cu WHERE cu.id = ?)');
        bindings.push(userId);
      }
      const login = filterString(filter, 'login');
      if (login !== null) {
        where.push('ae.login = ?');
        bindings.push(login.trim().toLowerCase());
      }
      const action = filterString(filter, 'action');
      if (action !== null) {
        if (isAuditActionKind(action)) {
          where.push('ae.action LIKE ?');
          bindings.push(`${action}:%`);
        } else {
          where.push('ae.action = ?');
          bindings.push(action);
        }
      }
      const period = journalPeriod(filter.from, filter.to);
      if (!period.ok) throw new ConsoleError(422, period.message);
      if (period.period.from) {
        where.push('ae.at >= ?');
        bindings.push(period.period.from);
      }
      if (period.period.before) {
        where.push('ae.at < ?');
        bindings.push(period.period.before);
      }
      const from = `FROM audit_entries ae WHERE ${where.join(' AND ')}`;
      const [count] = rowsOf<{ total: number }>(await knex().raw(`SELECT COUNT(*) AS total ${from}`, bindings));
      const order = query.sort?.order === 'ASC' ? 'ASC' : 'DESC';
      const rows = rowsOf<Record<string, unknown>>(
        await knex().raw(
          `SELECT e.id, e.at, e.login, e.profile, e.action, e.beneficiary_id, u.name AS user_name, fb.file_number
             FROM (SELECT ae.id, ae.at, ae.login, ae.profile, ae.action, ae.beneficiary_id ${from} ORDER BY ae.at ${order}, ae.id ${order} LIMIT ? OFFSET ?) e
             LEFT JOIN console_users u ON u.login = e.login
             LEFT JOIN beneficiaries fb ON fb.id = e.beneficiary_id
            ORDER BY e.at ${order}, e.id ${order}`,
          [...bindings, query.range.end - query.range.start + 1, query.range.start],
        ),
      );
      return {
        total: Number(count?.total ?? 0),
        rows: rows.map((r) => ({
          id: Number(r.id),
          at: toIsoDateTime(r.at),
          login: r.login,
          name: r.user_name ?? null,
          profile: r.profile,
          action: r.action,
          beneficiary: r.beneficiary_id === null ? null : Number(r.beneficiary_id),
          fileNumber: r.file_number ?? null,
        })),
      };
    },

    /** Deletes entries older than the retention; returns how many. */
    async purge(now: Date = new Date()): Promise<number> {
      const limit = new Date(now);
      limit.setUTCMonth(limit.getUTCMonth() - AUDIT_RETENTION_MONTHS);
      const t = strapi.db.connection as unknown as (name: string) => { where(c: string, op: string, v: unknown): { delete(): Promise<number> } };
      return t('audit_entries').where('at', '<', limit).delete();
    },
  };
};
