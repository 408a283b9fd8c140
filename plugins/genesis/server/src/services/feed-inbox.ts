// The nightly job (G1): imports the genesis_*.csv files waiting in GENESIS_INBOX in date order,
// then moves each to processed/ or rejected/. A database lock makes it run once even when several
// server instances fire the same schedule; a file another instance already moved is skipped.
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { acquireJobLock } from '@rsa/console-kit';
import { extractionDateFromFileName } from '../../../domain/extraction-date';
import type { ImportSummary } from './feed-import';

const FEED_NAME = /^genesis_\d{8}\.csv$/i;

export type InboxRun = { file: string; status: ImportSummary['status'] | 'skipped'; movedTo: string | null }[];

const moveTo = (file: string, folder: string): string => {
  const dir = path.join(path.dirname(file), folder);
  fs.mkdirSync(dir, { recursive: true });
  let target = path.join(dir, path.basename(file));
  if (fs.existsSync(target)) target = path.join(dir, `${Date.now()}-${path.basename(file)}`);
  fs.renameSync(file, target);
  return target;
};

export const waitingFeeds = (inbox: string): string[] =>
  fs.existsSync(inbox)
    ? fs
        .readdirSync(inbox)
        .filter((name) => FEED_NAME.test(name))
        .sort((a, b) => extractionDateFromFileName(a).localeCompare(extractionDateFromFileName(b)))
        .map((name) => path.join(inbox, name))
    : [];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async runInbox(inbox = process.env.GENESIS_INBOX ?? ''): Promise<InboxRun> {
    if (!inbox) return [];
    const lock = await acquireJobLock(strapi.db.connection, 'genesis-inbox');
    if (!lock) {
      strapi.log.info('Import Genesis de nuit : déjà en cours sur une autre instance.');
      return [];
    }
    const results: InboxRun = [];
    try {
      for (const file of waitingFeeds(inbox)) {
        if (!fs.existsSync(file)) {
          results.push({ file, status: 'skipped', movedTo: null });
          continue;
        }
        const summary: ImportSummary = await strapi.plugin('genesis').service('feed-import').run({ file, trigger: 'cron' });
        const movedTo = moveTo(file, summary.status === 'done' ? 'processed' : 'rejected');
        strapi.log.info(`Import Genesis de nuit : ${path.basename(file)} → ${summary.status} (${summary.created} créés, ${summary.updated} mis à jour, ${summary.rejected} rejetés)`);
        results.push({ file, status: summary.status, movedTo });
      }
    } finally {
      await lock.release();
    }
    return results;
  },
});
