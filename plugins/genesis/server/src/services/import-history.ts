// The import history as the console reads it (G1): every run with its counts; one run with
// its warnings and rejected rows; a running one with its progress.
import type { Core } from '@strapi/strapi';
import { ConsoleError, hasProfile, type ConsoleUser, type ListQuery } from '@rsa/console-kit';
import { IMPORT_UID } from './feed-import';

export const SORTABLE = ['id', 'extractionDate', 'startedAt', 'status'] as const;

type ImportRecord = Record<string, unknown> & { id: number; status: string; progress: number | null };

const assertMayRead = (user: ConsoleUser): void => {
  if (!hasProfile(user, 'secretariat', 'cadre', 'siege')) throw new ConsoleError(403, 'L’historique des imports est réservé aux secrétariats, aux cadres et au siège.');
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const present = (r: ImportRecord, withDetails: boolean) => {
    const live = r.status === 'running' ? strapi.plugin('genesis').service('feed-import').progressOf(r.id) : null;
    const base = {
      id: r.id, fileName: r.fileName, extractionDate: r.extractionDate, status: r.status, trigger: r.trigger,
      startedAt: r.startedAt, finishedAt: r.finishedAt, durationMs: r.durationMs, rows: r.rows, created: r.created,
      updated: r.updated, unchanged: r.unchanged, reoriented: r.reoriented, reinstated: r.reinstated, rejected: r.rejected,
      progress: live ?? r.progress, forced: r.forced, dryRun: r.dryRun, message: r.message ?? null,
      warningCount: Array.isArray(r.warnings) ? r.warnings.length : 0,
    };
    return withDetails ? { ...base, warnings: r.warnings ?? [], errors: r.errors ?? [] } : base;
  };

  return {
    async list(user: ConsoleUser, query: ListQuery) {
      assertMayRead(user);
      const where: Record<string, unknown> = {};
      if (typeof query.filter.status === 'string') where.status = query.filter.status;
      const sort = query.sort ?? { field: 'id', order: 'DESC' };
      const [rows, total] = await Promise.all([
        strapi.db.query(IMPORT_UID).findMany({
          where,
          orderBy: { [sort.field]: sort.order.toLowerCase() },
          offset: query.range.start,
          limit: query.range.end - query.range.start + 1,
          select: ['id', 'fileName', 'extractionDate', 'status', 'trigger', 'startedAt', 'finishedAt', 'durationMs', 'rows', 'created', 'updated', 'unchanged', 'reoriented', 'reinstated', 'rejected', 'progress', 'forced', 'dryRun', 'message', 'warnings'],
        }),
        strapi.db.query(IMPORT_UID).count({ where }),
      ]);
      return { rows: (rows as ImportRecord[]).map((r) => present(r, false)), total };
    },

    async detail(user: ConsoleUser, id: number) {
      assertMayRead(user);
      const record = (await strapi.db.query(IMPORT_UID).findOne({ where: { id } })) as ImportRecord | null;
      if (!record) throw new ConsoleError(404, 'Import introuvable.');
      return present(record, true);
    },
  };
};
