// Nightly purge of audit entries older than 12 months (ACCESS.md), at 03:15 Paris time, once
// even with several server instances (job lock). Registered only when the server's cron is on.
import type { Core } from '@strapi/strapi';
import { acquireJobLock } from '@rsa/console-kit';

export const AUDIT_PURGE_RULE = '15 3 * * *';

export const runAuditPurge = async (strapi: Core.Strapi): Promise<number | null> => {
  const lock = await acquireJobLock(strapi.db.connection, 'audit-purge');
  if (lock === null) return null; // another instance is purging
  try {
    const purged: number = await strapi.plugin('file-active').service('audit').purge(new Date());
    strapi.log.info(`Journal des accès : ${purged} entrée(s) de plus de 12 mois supprimée(s).`);
    return purged;
  } finally {
    await lock.release();
  }
};

export const scheduleAuditPurge = (strapi: Core.Strapi): void => {
  if (!strapi.config.get('server.cron.enabled', false)) return;
  strapi.cron.add({
    auditPurge: {
      task: async () => {
        try {
          await runAuditPurge(strapi);
        } catch (error) {
          strapi.log.error(`Purge du journal des accès en échec : ${(error as Error).message}`);
        }
      },
      options: { rule: AUDIT_PURGE_RULE, tz: 'Europe/Paris' },
    },
  });
};
