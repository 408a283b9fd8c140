// The SMS reminder job (FEATURES A3, CONTRACT.md `jobs:run -- sms-reminders`). Reads the
// appointments due in the next 48 h as they are now, decides with the domain rule, and claims each
// reminder atomically before sending: the claim is a row whose key (appointment, start) is unique,
// so two runs — or two server instances — can never both send it. Sending goes through the CER
// plugin's SMS provider and outbox (plugins/cer services/sms), not a copy of it.
import type { Core } from '@strapi/strapi';
import { acquireJobLock } from '@rsa/console-kit';
import { REMINDER_LEAD_MS, decideReminder, type AppointmentStatus, type ReminderCandidate, type ReminderSkip } from '../../../domain';
import { insertRow, isUniqueViolation, rowsOf, toBool, toDate, type Knex, type Row } from './sql';

export type ReminderRun = {
  job: 'sms-reminders';
  at: string;
  sent: number;
  skipped: number;
  messages: Array<{ appointment: number; phone: string; text: string }>;
  reasons: Partial<Record<ReminderSkip | 'claimed_elsewhere' | 'send_failed', number>>;
  locked?: boolean;
};

type SmsService = { send(to: string, text: string): Promise<{ id: string }> };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection as unknown as Knex;
  const sms = (): SmsService => strapi.plugin('cer').service('sms') as SmsService;

  const candidates = async (at: Date): Promise<Array<ReminderCandidate & { beneficiaryId: number }>> => {
    const rows = rowsOf<Row>(
      await knex().raw(
        `SELECT a.id, a.beneficiary_id, a.start_local, a.starts_at, a.scheduled_at, a.created_at, a.status, a.sms_reminder, b.phone,
                u.name AS collaborator_name, a.collaborator_login,
                (SELECT label FROM reference_items r WHERE r.list = 'place' AND r.code = a.place_code) AS place_label, a.place_code
           FROM appointments a JOIN beneficiaries b ON b.id = a.beneficiary_id LEFT JOIN console_users u ON u.login = a.collaborator_login
          WHERE a.sms_reminder = ? AND a.status = 'prevu' AND a.starts_at > ? AND a.starts_at <= ?
            AND NOT EXISTS (SELECT 1 FROM appointment_reminders ar WHERE ar.appointment_id = a.id AND ar.start_local = a.start_local)
          ORDER BY a.starts_at, a.id`,
        [true, at, new Date(at.getTime() + REMINDER_LEAD_MS)],
      ),
    );
    return rows.map((r) => ({
      id: Number(r.id),
      beneficiaryId: Number(r.beneficiary_id),
      startLocal: String(r.start_local),
      startsAt: toDate(r.starts_at) as Date,
      scheduledAt: toDate(r.scheduled_at) ?? (toDate(r.created_at) as Date),
      status: String(r.status) as AppointmentStatus,
      smsReminder: toBool(r.sms_reminder),
      phone: (r.phone as string) ?? null,
      collaboratorName: String(r.collaborator_name ?? r.collaborator_login),
      place: String(r.place_label ?? r.place_code),
    }));
  };

  /** Claims the reminder: true when this run won the unique key, false when someone else holds it. */
  const claim = async (candidate: ReminderCandidate & { beneficiaryId: number }, key: string, at: Date): Promise<number | null> => {
    try {
      return await insertRow(strapi, 'appointment_reminders', {
        appointment_id: candidate.id,
        beneficiary_id: candidate.beneficiaryId,
        start_local: candidate.startLocal,
        claim_key: key,
        status: 'claimed',
        claimed_at: at,
      });
    } catch (error) {
      if (isUniqueViolation(error)) return null;
      throw error;
    }
  };

  const service = {
    /** One pass of the job as if it were `at`; answers what CONTRACT.md prints. */
    async runOnce(at: Date): Promise<ReminderRun> {
      const run: ReminderRun = { job: 'sms-reminders', at: at.toISOString(), sent: 0, skipped: 0, messages: [], reasons: {} };
      const skip = (reason: keyof ReminderRun['reasons']) => {
        run.skipped += 1;
        run.reasons[reason] = (run.reasons[reason] ?? 0) + 1;
      };
      for (const candidate of await candidates(at)) {
        const decision = decideReminder(candidate, at, new Set());
        if (!decision.send) {
          skip(decision.reason);
          continue;
        }
        const claimId = await claim(candidate, decision.key, at);
        if (claimId === null) {
          skip('claimed_elsewhere');
          continue;
        }
        try {
          const sent = await sms().send(decision.to, decision.text);
          await knex().raw(`UPDATE appointment_reminders SET status = 'sent', sent_at = ?, sms_id = ?, updated_at = ? WHERE id = ?`, [at, sent.id, new Date(), claimId]);
          run.sent += 1;
          run.messages.push({ appointment: candidate.id, phone: decision.to, text: decision.text });
        } catch (error) {
          // Never retried automatically: a gateway that accepted the message but answered an
          // error would otherwise send it twice. The failure is visible on the appointment.
          await knex().raw(`UPDATE appointment_reminders SET status = 'failed', error = ?, updated_at = ? WHERE id = ?`, [String((error as Error).message).slice(0, 250), new Date(), claimId]);
          skip('send_failed');
        }
      }
      return run;
    },

    /** The job under the database job lock (one instance at a time; the claim holds regardless). */
    async run(at: Date): Promise<ReminderRun> {
      const lock = await acquireJobLock(strapi.db.connection, 'sms-reminders');
      if (lock === null) return { job: 'sms-reminders', at: at.toISOString(), sent: 0, skipped: 0, messages: [], reasons: {}, locked: true };
      try {
        return await service.runOnce(at);
      } finally {
        await lock.release();
      }
    },
  };
  return service;
};
