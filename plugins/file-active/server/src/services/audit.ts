// Append-only audit trail (ACCESS.md, P5): who (login, profile), when (UTC), which action, which
// file — never the personal data itself. Consulted by cadres and siège, within their perimeter;
// entries older than 12 months are purged nightly.
import type { Core } from '@strapi/strapi';
import { ConsoleError, hasProfile, todayInParis, type ConsoleUser, type ListQuery } from '@rsa/console-kit';
import { parseBeneficiaryId } from './file-access';
import { visibleFilesSql } from './scope';
import { rowsOf, toIsoDateTime, type Knex } from './sql';

export type AuditAction = 'read' | 'change' | 'export';
export const AUDIT_RETENTION_MONTHS = 12;

type Table = { insert(rows: object | object[]): Promise<unknown> };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const table = (): Table => (strapi.db.connection as unknown as (name: string) => Table)('audit_entries');
  const entry = (user: ConsoleUser, action: string, beneficiaryId: number | null, now: Date) => ({
    at: now, login: user.login, profile: user.profiles.join(','), action, beneficiary_id: beneficiaryId, created_at: now, updated_at: now,
  });

  return {
    async record(user: ConsoleUser, action: `${AuditAction}:${string}`, beneficiaryId: number | null): Promise<void> {
      await table().insert(entry(user, action, beneficiaryId, new Date()));
    },

    /** One entry per file of an export, in batches. */
    async recordMany(user: ConsoleUser, action: `${AuditAction}:${string}`, beneficiaryIds: number[]): Promise<void> {
      const now = new Date();
      const ids = beneficiaryIds.length > 0 ? [...new Set(beneficiaryIds)] : [null];
      for (let i = 0; i < ids.length; i += 200) await table().insert(ids.slice(i, i + 200).map((id) => entry(user, action, id, now)));
    },

    async list(user: ConsoleUser, query: ListQuery) {
      if (!hasProfile(user, 'cadre', 'siege')) throw new ConsoleError(403, 'Le journal des accès est réservé aux cadres et au siège.');
      const scope = visibleFilesSql(user, todayInParis());
      // An entry about a file is shown only to those who see the file; entries without a file
      // (exports of empty reports) only to the siège.
      const where = [`(ae.beneficiary_id IS NULL AND ${hasProfile(user, 'siege') ? '1 = 1' : '1 = 0'} OR EXISTS (SELECT 1 FROM beneficiaries b WHERE b.id = ae.beneficiary_id AND ${scope.sql}))`];
      const bindings: unknown[] = [...scope.bindings];
      const { filter } = query;
      if (filter.beneficiary === undefined && (typeof filter.login !== 'string' || filter.login === '')) {
        throw new ConsoleError(400, 'Indiquez un dossier (beneficiary) ou un collaborateur (login).');
      }
      if (filter.beneficiary !== undefined) {
        const beneficiaryId = parseBeneficiaryId(filter.beneficiary);
        await strapi.plugin('file-active').service('file-access').requireVisible(user, beneficiaryId);
        where.push('ae.beneficiary_id = ?');
        bindings.push(beneficiaryId);
      }
      if (typeof filter.login === 'string' && filter.login !== '') {
        where.push('ae.login = ?');
        bindings.push(filter.login.trim().toLowerCase());
      }
      if (typeof filter.action === 'string' && filter.action !== '') {
        where.push('ae.action LIKE ?');
        bindings.push(`${filter.action}%`);
      }
      const from = `FROM audit_entries ae WHERE ${where.join(' AND ')}`;
      const [count] = rowsOf<{ total: number }>(await knex().raw(`SELECT COUNT(*) AS total ${from}`, bindings));
      const order = query.sort?.order === 'ASC' ? 'ASC' : 'DESC';
      const rows = rowsOf<Record<string, unknown>>(
        await knex().raw(`SELECT ae.id, ae.at, ae.login, ae.profile, ae.action, ae.beneficiary_id ${from} ORDER BY ae.at ${order}, ae.id ${order} LIMIT ? OFFSET ?`, [
          ...bindings, query.range.end - query.range.start + 1, query.range.start,
        ]),
      );
      return {
        total: Number(count?.total ?? 0),
        rows: rows.map((r) => ({
          id: Number(r.id),
          at: toIsoDateTime(r.at),
          login: r.login,
          profile: r.profile,
          action: r.action,
          beneficiary: r.beneficiary_id === null ? null : Number(r.beneficiary_id),
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
