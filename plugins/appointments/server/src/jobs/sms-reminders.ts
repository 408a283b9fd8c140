// Schedules the SMS reminder job every 5 minutes (SMS_REMINDERS_CRON, Europe/Paris) with
// node-cron, when the server's jobs are on (CRON_ENABLED). Each pass takes the database job lock
// and claims every reminder before sending it: several instances never send one twice.
import cron, { type ScheduledTask } from 'node-cron';
import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';

export const DEFAULT_SMS_REMINDERS_CRON = '*/5 * * * *';

let task: ScheduledTask | null = null;

export const scheduleSmsReminders = (strapi: Core.Strapi): void => {
  if (!strapi.config.get('server.cron.enabled', false)) return;
  const expression = process.env.SMS_REMINDERS_CRON || DEFAULT_SMS_REMINDERS_CRON;
  if (!cron.validate(expression)) {
    strapi.log.error(`SMS_REMINDERS_CRON invalide : « ${expression} » — rappels SMS non planifiés.`);
    return;
  }
  task = cron.schedule(
    expression,
    async () => {
      try {
        const run = await getService(strapi, 'reminders').run(new Date());
        if (run.sent > 0) strapi.log.info(`Rappels SMS : ${run.sent} envoyé(s), ${run.skipped} ignoré(s).`);
      } catch (error) {
        strapi.log.error(`Rappels SMS en échec : ${(error as Error).message}`);
      }
    },
    { timezone: 'Europe/Paris', name: 'sms-reminders', noOverlap: true },
  );
};

export const stopSmsReminders = async (): Promise<void> => {
  await task?.destroy();
  task = null;
};
