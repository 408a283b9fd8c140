// The appointments plugin (FEATURES A1–A8): entretiens and agendas, the SMS reminder job, the
// iCalendar subscription. At bootstrap: its indexes (the reminder claim's unique key among
// them), its timeline sources in the file-active frise, its report, and the reminder schedule.
import type { Core } from '@strapi/strapi';
import { ensureIndexes, type ReportRegistry } from '@rsa/console-kit';
import contentTypes from './content-types';
import controllers from './controllers';
import { scheduleSmsReminders, stopSmsReminders } from './jobs/sms-reminders';
import routes from './routes';
import services from './services';
import { getService, type AppointmentsService } from './services/get-service';

type TimelineService = { registerSource?: (kind: string, source: (beneficiaryId: number) => Promise<unknown[]>) => void };

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureIndexes(strapi.db.connection, [
      { table: 'appointments', columns: ['collaborator_login', 'starts_at'] },
      { table: 'appointments', columns: ['beneficiary_id', 'starts_at'] },
      { table: 'appointments', columns: ['sms_reminder', 'status', 'starts_at'] },
      { table: 'appointment_reminders', columns: ['claim_key'], unique: true },
      { table: 'appointment_reminders', columns: ['appointment_id'] },
      { table: 'appointment_reminders', columns: ['beneficiary_id'] },
      { table: 'calendar_feed_tokens', columns: ['token_hash'] },
      { table: 'calendar_feed_tokens', columns: ['login'] },
    ]);
    strapi.documents.use(async (context, next) => {
      if (String(context.uid).startsWith('plugin::appointments.') && WRITE_ACTIONS.has(String(context.action))) {
        throw new Error('Ces données sont en lecture seule : elles sont tenues par l’application.');
      }
      return next();
    });
    // The frise (F5): appointments and the reminders sent, through file-active's extension point.
    const timeline = strapi.plugin('file-active')?.service('timeline') as TimelineService | undefined;
    if (timeline?.registerSource) {
      // Both sources are asked at once for one frise: they share one read of the file's
      // appointments (it ran twice per frise), kept only while it is under way.
      const inFlight = new Map<number, ReturnType<AppointmentsService<'appointments'>['timelineItems']>>();
      const items = (beneficiaryId: number) => {
        let pending = inFlight.get(beneficiaryId);
        if (!pending) {
          pending = getService(strapi, 'appointments').timelineItems(beneficiaryId);
          inFlight.set(beneficiaryId, pending);
          const forget = () => inFlight.delete(beneficiaryId);
          pending.then(forget, forget);
        }
        return pending;
      };
      timeline.registerSource('appointment', async (id) => (await items(id)).filter((i) => i.kind === 'appointment'));
      timeline.registerSource('appointment_sms', async (id) => (await items(id)).filter((i) => i.kind === 'appointment_sms'));
    }
    // « Rendez-vous par collaborateur » (A8), served under /api/console/reports by file-active's registry.
    (strapi.plugin('file-active').service('report-registry') as ReportRegistry).register(getService(strapi, 'collaborator-report').provider);
    scheduleSmsReminders(strapi);
  },

  async destroy() {
    await stopSmsReminders();
  },

  contentTypes,
  controllers,
  routes,
  services,
};
