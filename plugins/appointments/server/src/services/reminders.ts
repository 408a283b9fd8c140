// The SMS reminder job (FEATURES A3, CONTRACT.md `jobs:run -- sms-reminders`). Reads the
// appointments due in the next 48 h as they are now, decides with the domain rule, and claims each
// reminder atomically before sending: the claim is a row whose key (appointment, start) is unique,
// so two runs — or two server instances — can never both send it. Claims, outbox writes and
// the marking of what was sent go by batches (set-based), not one statement per reminder. Sending goes through the CER
// plugin's SMS provider and outbox (plugins/cer services/sms), not a copy of it.
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { acquireJobLock } from '@rsa/console-kit';
import { REMINDER_LEAD_MS, decideReminder, type AppointmentStatus, type ReminderCandidate, type ReminderSkip } from '../../../domain';
import { placeholders, rowsOf, toBool, toDate, type Knex, type Row } from './sql';

export type ReminderRun = {
  job: 'sms-reminders';
  at: string;
  sent: number;
  skipped: number;
  messages: Array<{ appointment: number; phone: string; text: string }>;
  reasons: Partial<Record<ReminderSkip | 'claimed_elsewhere' | 'send_failed', number>>;
  locked?: boolean;
};

type SmsService = { sendMany(messages: ReadonlyArray<{ to: string; text: string }>): Promise<Array<{ ok: true; id: string } | { ok: false; error: string }>> };

// Reminders claimed, sent and marked per statement (10 bindings each: 5,000 per INSERT).
const CLAIM_BATCH = 500;

const documentId = (): string => randomUUID().replace(/-/g, '').slice(0, 24);

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

  type Due = { candidate: ReminderCandidate & { beneficiaryId: number }; key: string; to: string; text: string };

  /**
   * Claims a batch of reminders in one statement: INSERT … ON CONFLICT (claim_key) DO NOTHING
   * RETURNING answers only the keys this run won — a key held by an earlier run or by another
   * instance at the same moment is simply absent. Answers key → claim id.
   */
  const claimMany = async (batch: readonly Due[], at: Date): Promise<Map<string, number>> => {
    const rows = batch.map((d) => [documentId(), at, at, at, d.candidate.id, d.candidate.beneficiaryId, d.candidate.startLocal, d.key, 'claimed', at]);
    const won = rowsOf<{ id: unknown; claim_key: string }>(
      await knex().raw(
        `INSERT INTO appointment_reminders (document_id, created_at, updated_at, published_at, appointment_id, beneficiary_id, start_local, claim_key, status, claimed_at)
         VALUES ${rows.map((r) => `(${placeholders(r)})`).join(', ')}
         ON CONFLICT (claim_key) DO NOTHING RETURNING id, claim_key`,
        rows.flat(),
      ),
    );
    return new Map(won.map((r) => [String(r.claim_key), Number(r.id)]));
  };

  /** Marks the sent claims in one UPDATE (the SMS id of each through a CASE). */
  const markSent = async (sent: ReadonlyArray<{ claimId: number; smsId: string }>, at: Date): Promise<void> => {
    if (sent.length === 0) return;
    await knex().raw(
      `UPDATE appointment_reminders SET status = 'sent', sent_at = ?, updated_at = ?,
         sms_id = CASE id ${sent.map(() => 'WHEN ? THEN ?').join(' ')} END
       WHERE id IN (${placeholders(sent)})`,
      [at, new Date(), ...sent.flatMap((s) => [s.claimId, s.smsId]), ...sent.map((s) => s.claimId)],
    );
  };

  const service = {
    /** One pass of the job as if it were `at`; answers what CONTRACT.md prints. */
    async runOnce(at: Date): Promise<ReminderRun> {
      const run: ReminderRun = { job: 'sms-reminders', at: at.toISOString(), sent: 0, skipped: 0, messages: [], reasons: {} };
      const skip = (reason: keyof ReminderRun['reasons'], n = 1) => {
        if (n === 0) return;
        run.skipped += n;
        run.reasons[reason] = (run.reasons[reason] ?? 0) + n;
      };
      // The domain rule decides each one (the SQL only narrows to the window); then claims,
      // sending and marking go by batches: a few statements per 500 reminders, not three each.
      const due: Due[] = [];
      for (const candidate of await candidates(at)) {
        const decision = decideReminder(candidate, at, new Set());
        if (decision.send) due.push({ candidate, key: decision.key, to: decision.to, text: decision.text });
        else skip(decision.reason);
      }
      for (let i = 0; i < due.length; i += CLAIM_BATCH) {
        const batch = due.slice(i, i + CLAIM_BATCH);
        const won = await claimMany(batch, at);
        const mine = batch.filter((d) => won.has(d.key));
        skip('claimed_elsewhere', batch.length - mine.length);
        if (mine.length === 0) continue;
        let answers: Awaited<ReturnType<SmsService['sendMany']>>;
        try {
          answers = await sms().sendMany(mine.map((d) => ({ to: d.to, text: d.text })));
        } catch (error) {
          // Never retried automatically: the claims stay, marked failed, visible on the appointment.
          answers = mine.map(() => ({ ok: false as const, error: String((error as Error).message) }));
        }
        const sent: Array<{ claimId: number; smsId: string }> = [];
        for (const [n, d] of mine.entries()) {
          const answer = answers[n];
          const claimId = won.get(d.key) as number;
          if (answer?.ok) {
            sent.push({ claimId, smsId: answer.id });
            run.sent += 1;
            run.messages.push({ appointment: d.candidate.id, phone: d.to, text: d.text });
          } else {
            // A gateway that accepted the message but answered an error would send it twice if retried.
            await knex().raw(`UPDATE appointment_reminders SET status = 'failed', error = ?, updated_at = ? WHERE id = ?`, [String(answer?.error ?? 'erreur inconnue').slice(0, 250), new Date(), claimId]);
            skip('send_failed');
          }
        }
        await markSent(sent, at);
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
