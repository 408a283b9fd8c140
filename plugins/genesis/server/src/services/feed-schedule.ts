// Schedules the nightly inbox import with node-cron (GENESIS_CRON, default 05:30 Europe/Paris).
import cron, { type ScheduledTask } from 'node-cron';
import type { Core } from '@strapi/strapi';

export const DEFAULT_GENESIS_CRON = '30 5 * * *';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let task: ScheduledTask | null = null;
  return {
    start(): void {
      const expression = process.env.GENESIS_CRON || DEFAULT_GENESIS_CRON;
      if (!process.env.GENESIS_INBOX) return;
      if (!cron.validate(expression)) {
        strapi.log.error(`GENESIS_CRON invalide : « ${expression} » — import de nuit non planifié.`);
        return;
      }
      task = cron.schedule(
        expression,
        async () => {
          try {
            await strapi.plugin('genesis').service('feed-inbox').runInbox();
          } catch (error) {
            strapi.log.error(`Import Genesis de nuit en échec : ${(error as Error).message}`);
          }
        },
        { timezone: 'Europe/Paris', name: 'genesis-inbox', noOverlap: true },
      );
      strapi.log.info(`Import Genesis de nuit planifié (${expression}, Europe/Paris) depuis ${process.env.GENESIS_INBOX}`);
    },
    async stop(): Promise<void> {
      await task?.destroy();
      task = null;
    },
  };
};
