// One Genesis import (GENESIS_FEED.md): lock, checks, then stage + merge inside one transaction
// (atomic: a kill half-way leaves the data as before), then the import record.
import path from 'path';
import type { Core } from '@strapi/strapi';
import { acquireJobLock, todayInParis } from '@rsa/console-kit';
import { compareFeedDates, refuseEmptyExtraction, refuseFutureExtractionDate, resolveExtractionDate } from '../../../domain/extraction-date';
import { isFeedRefusedError } from '../../../domain/feed-refused.error';
import { CHARACTERISTIC_NAMES } from '../../../domain/feed-characteristics';
import type { FeedEncodingOption } from '../../../domain/feed-encoding';
import type { FeedError } from '../../../domain/feed-row';
import { foldForSearch, formatFrenchDate } from '@rsa/vocabulary';
import { countOutcome } from './feed-import/count-outcome';
import { mergeAssignments } from './feed-import/merge-assignments';
import { mergeBeneficiaries } from './feed-import/merge-beneficiaries';
import { mergeCharacteristics, storeRowHashes } from './feed-import/merge-characteristics';
import { mergeReferents } from './feed-import/merge-referents';
import { stageFeed } from './feed-import/stage-feed';
import { isPostgres, refreshStatistics, type Knex } from './feed-import/sql';

export const IMPORT_UID = 'plugin::genesis.feed-import';
export const LOCK_NAME = 'genesis-import';

// New files past which the files' and assignments' statistics are refreshed inside the import.
const GROWTH_TO_ANALYZE = 10_000;

export type ImportOptions = {
  file: string;
  date?: string | null;
  dryRun?: boolean;
  force?: boolean;
  encoding?: FeedEncodingOption;
  trigger?: string;
  onProgress?: (rows: number) => void;
};

/** The last line of `genesis:import` (CONTRACT.md), plus the import's id, status and duration. */
export type ImportSummary = {
  file: string;
  extractionDate: string | null;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  reoriented: number;
  reinstated: number;
  rejected: number;
  warnings: string[];
  errors: Array<{ line: number | null; column: string | null; message: string }>;
  importId: number | null;
  status: 'done' | 'dry_run' | 'refused' | 'failed';
  durationMs: number;
  /** Milliseconds per phase of an accepted import (stage, merges…). */
  timings?: Record<string, number>;
};

class DryRunRollback extends Error {}

// A database error carries the failing SQL with its values (names, phones…): only its code
// may reach the logs and the history (ACCESS.md: no personal data in logs).
export const safeErrorMessage = (error: unknown): string => {
  const e = error as { code?: string; message?: string };
  if (e?.code) return `erreur de base de données (${e.code})`;
  const first = String(e?.message ?? error).split('\n')[0];
  return /\b(insert|update|select|delete)\b/i.test(first) ? 'erreur de base de données' : first.slice(0, 200);
};

const GENESIS_NAMES = Object.values(CHARACTERISTIC_NAMES).flat() as string[];

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const running = new Map<number, number>();

  const summaryOfRefusal = (file: string, extractionDate: string | null, details: readonly string[], started: number, importId: number | null): ImportSummary => ({
    file, extractionDate, rows: 0, created: 0, updated: 0, unchanged: 0, reoriented: 0, reinstated: 0, rejected: 0,
    warnings: [], errors: details.map((m) => ({ line: null, column: null, message: m })), importId, status: 'refused', durationMs: Date.now() - started,
  });

  // A refused file changes nothing but is still recorded in the import history.
  const refused = async (
    file: string, extractionDate: string | null, message: string, started: number, trigger: string | undefined, details: readonly string[] = [message],
  ): Promise<ImportSummary> => {
    const record = (await strapi.db.query(IMPORT_UID).create({
      data: { fileName: file, extractionDate, status: 'refused', trigger: trigger ?? 'cli', startedAt: new Date(started), finishedAt: new Date(), durationMs: Date.now() - started, message, errors: details.map((m) => ({ line: null, column: null, message: m })) },
    })) as { id: number };
    return summaryOfRefusal(file, extractionDate, details, started, record.id);
  };

  // beneficiaries.search_text is folded by the one definition the console's search folds queries with.
  const fold = foldForSearch;
  const normalizePhone = (raw: string): string | null => strapi.plugin('file-active').service('search').phoneForStorage(raw);

  return {
    /** Rows processed so far by imports running in this process (the console's progress). */
    progressOf(importId: number): number | null {
      return running.get(importId) ?? null;
    },

    async lastImportedDate(): Promise<string | null> {
      const last = (await strapi.db.query(IMPORT_UID).findOne({ where: { status: 'done' }, orderBy: { extractionDate: 'desc' } })) as { extractionDate: string } | null;
      return last?.extractionDate ?? null;
    },

    async run(options: ImportOptions): Promise<ImportSummary> {
      const started = Date.now();
      const file = path.resolve(options.file);
      const fileName = path.basename(file);
      let extractionDate: string | null = null;
      try {
        extractionDate = resolveExtractionDate(file, options.date ?? null);
        refuseFutureExtractionDate(extractionDate, todayInParis());
      } catch (error) {
        if (isFeedRefusedError(error)) return refused(fileName, null, error.message, started, options.trigger, error.details);
        throw error;
      }

      const lock = await acquireJobLock(strapi.db.connection, LOCK_NAME);
      if (!lock) return refused(fileName, extractionDate, 'Un import Genesis est déjà en cours : rien n’a été modifié, réessayez plus tard.', started, options.trigger);
      try {
        // Holding the lock, any run still marked "running" was killed half-way (its transaction
        // was rolled back by the database): say so in the history.
        await strapi.db.query(IMPORT_UID).updateMany({
          where: { status: 'running' },
          data: { status: 'failed', finishedAt: new Date(), message: 'Import interrompu (processus arrêté) : aucune donnée n’a été modifiée.' },
        });
        const last = await this.lastImportedDate();
        if (last && compareFeedDates(extractionDate, last) < 0 && !options.force) {
          return refused(
            fileName,
            extractionDate,
            `Fichier plus ancien (${formatFrenchDate(extractionDate)}) que le dernier importé (${formatFrenchDate(last)}) : refusé. Utilisez --force pour l’importer quand même.`,
            started,
            options.trigger,
          );
        }
        const record = (await strapi.db.query(IMPORT_UID).create({
          data: {
            fileName, extractionDate, status: 'running', trigger: options.trigger ?? 'cli', startedAt: new Date(),
            forced: Boolean(options.force), dryRun: Boolean(options.dryRun), progress: 0,
          },
        })) as { id: number };
        running.set(record.id, 0);
        const knex = strapi.db.connection as unknown as Knex;
        // PostgreSQL can report progress on another connection while the transaction runs;
        // SQLite has one writer, so its progress stays in memory (this process's console).
        const reportProgress = (rows: number) => {
          running.set(record.id, rows);
          options.onProgress?.(rows);
          if (isPostgres(knex) && rows % 10000 === 0) void knex('feed_imports').where({ id: record.id }).update({ progress: rows }).catch(() => undefined);
        };

        let summary: ImportSummary | null = null;
        const timings: Record<string, number> = {};
        try {
          await strapi.db.transaction(async ({ trx }) => {
            const t = trx as unknown as Knex;
            const now = new Date();
            // Room for the merges' hash joins, for this transaction only.
            if (isPostgres(t)) await t.raw(`SET LOCAL work_mem = '128MB'`);
            // Phase durations, reported with the summary (the benchmark prints them).
            let mark = Date.now();
            const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
              const result = await work();
              timings[name] = Date.now() - mark;
              mark = Date.now();
              return result;
            };
            const staged = await timed('stage', () =>
              stageFeed(t, { importId: record.id, file, encoding: options.encoding ?? 'auto', fold, normalizePhone, onProgress: reportProgress }),
            );
            refuseEmptyExtraction(staged.rows);
            await timed('analyze', () => refreshStatistics(t, ['feed_staging_rows', 'feed_staging_characteristics']));
            const referentWarnings = await timed('referents', () => mergeReferents(t, record.id, now));
            const { created } = await timed('beneficiaries', () => mergeBeneficiaries(t, record.id, extractionDate as string, now));
            // Files and assignments are analysed again only when this import grew them a lot (a
            // first import): on an ordinary night their statistics still hold (≈ 1 s saved).
            await timed('analyze2', () => refreshStatistics(t, created > GROWTH_TO_ANALYZE ? ['beneficiaries', 'feed_staging_rows', 'assignments'] : ['feed_staging_rows']));
            const moves = await timed('assignments', () => mergeAssignments(t, record.id, extractionDate as string, now));
            await timed('analyze3', () => refreshStatistics(t, ['feed_staging_rows']));
            await timed('characteristics', () => mergeCharacteristics(t, record.id, extractionDate as string, GENESIS_NAMES, now));
            await timed('hashes', () => storeRowHashes(t, record.id, now));
            const outcome = await countOutcome(t, record.id);
            await timed('cleanup', async () => {
              await t('feed_staging_characteristics').where('import_id', record.id).delete();
              await t('feed_staging_rows').where('import_id', record.id).delete();
            });
            summary = {
              file: fileName, extractionDate, rows: staged.rows, ...outcome, ...moves,
              rejected: new Set(staged.errors.map((e: FeedError) => e.line)).size,
              warnings: [...staged.warnings, ...referentWarnings], errors: staged.errors,
              importId: record.id, status: options.dryRun ? 'dry_run' : 'done', durationMs: 0, timings,
            };
            if (options.dryRun) throw new DryRunRollback();
          });
        } catch (error) {
          if (!(error instanceof DryRunRollback)) {
            const message = isFeedRefusedError(error) ? error.message : `Import interrompu : ${safeErrorMessage(error)}`;
            await strapi.db.query(IMPORT_UID).update({
              where: { id: record.id },
              data: {
                status: isFeedRefusedError(error) ? 'refused' : 'failed', finishedAt: new Date(), durationMs: Date.now() - started, message,
                errors: isFeedRefusedError(error) ? error.details.map((m) => ({ line: null, column: null, message: m })) : [],
              },
            });
            running.delete(record.id);
            if (isFeedRefusedError(error)) return summaryOfRefusal(fileName, extractionDate, error.details, started, record.id);
            // Deliberately without `cause`: the database error holds the failing SQL and its
            // personal data, which must not reach the logs.
            // eslint-disable-next-line preserve-caught-error
            throw new Error(message);
          }
        }
        running.delete(record.id);
        const done = { ...(summary as unknown as ImportSummary), durationMs: Date.now() - started };
        await strapi.db.query(IMPORT_UID).update({
          where: { id: record.id },
          data: {
            status: done.status, finishedAt: new Date(), durationMs: done.durationMs, rows: done.rows, created: done.created, updated: done.updated,
            unchanged: done.unchanged, reoriented: done.reoriented, reinstated: done.reinstated, rejected: done.rejected,
            warnings: done.warnings, errors: done.errors, progress: done.rows,
          },
        });
        return done;
      } finally {
        await lock.release();
      }
    },
  };
};
