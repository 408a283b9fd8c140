// SMS reminders (FEATURES A3): 48 h before, only when requested and the appointment was fixed more
// than 48 h ahead, only to a valid French mobile, never after the start, never for a cancelled or
// stale appointment, exactly once per (appointment, start): the claim key. Computed from the
// appointment as it is now: a moved appointment is reminded at its new time. Pure: `now` is a parameter.
import { normalizeFrenchPhone } from '@rsa/plugin-file-active/domain/contact';
import { parisLocalClock, parisLocalDate, type ParisLocalTime } from '@rsa/vocabulary';
import type { AppointmentStatus } from './appointment-status';

export const REMINDER_LEAD_MS = 48 * 3_600_000;
export const SMS_SENDER_NAME = 'CD Ardèche';

export type ReminderCandidate = {
  id: number;
  startLocal: ParisLocalTime;
  startsAt: Date;
  /** When the current start was fixed (creation or last move). */
  scheduledAt: Date;
  status: AppointmentStatus;
  smsReminder: boolean;
  phone: string | null;
  collaboratorName: string;
  place: string;
};

export type ReminderSkip = 'not_requested' | 'not_planned' | 'started' | 'not_due' | 'short_notice' | 'no_mobile' | 'already_sent';

export type ReminderDecision = { send: true; key: string; to: string; text: string } | { send: false; reason: ReminderSkip };

/** One reminder per appointment and start: moving the appointment makes a new key, re-running does not. */
export const reminderKey = (c: Pick<ReminderCandidate, 'id' | 'startLocal'>): string => `${c.id}@${c.startLocal}`;

/** "M. Jean DUPONT" / "Claire ROUX" → "ROUX Claire" (Nom Prénom, as the text of A3 says). */
export function nameLastFirst(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const upper = words.filter((w) => w.length > 1 && w === w.toLocaleUpperCase('fr-FR') && /\p{L}/u.test(w));
  if (upper.length === 0 || upper.length === words.length) return words.join(' ');
  const rest = words.filter((w) => !upper.includes(w));
  return [...upper, ...rest].join(' ');
}

/** The text of FEATURES A3, exactly: « le jj/mm/aa à hh:mm avec M/Mme Nom Prénom ». */
export function reminderText(c: Pick<ReminderCandidate, 'startLocal' | 'collaboratorName' | 'place'>): string {
  const date = parisLocalDate(c.startLocal);
  const day = `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(2, 4)}`;
  return `Rappel: vous avez RDV pour votre dossier RSA le ${day} à ${parisLocalClock(c.startLocal)} avec M/Mme ${nameLastFirst(c.collaboratorName)}. Le RDV aura lieu à : ${c.place}.`;
}

/** A valid French mobile in E.164 (libphonenumber-js through the file's contact rule), or null. */
export function frenchMobile(phone: string | null): string | null {
  if (!phone) return null;
  const parsed = normalizeFrenchPhone(phone);
  return parsed.ok && parsed.mobile && /^\+33[67]\d{8}$/.test(parsed.e164) ? parsed.e164 : null;
}

/** Does the reminder of this appointment go out now? `claimed`: the keys already sent or being sent. */
export function decideReminder(c: ReminderCandidate, now: Date, claimed: ReadonlySet<string>): ReminderDecision {
  if (!c.smsReminder) return { send: false, reason: 'not_requested' };
  if (c.status !== 'prevu') return { send: false, reason: 'not_planned' };
  if (now.getTime() >= c.startsAt.getTime()) return { send: false, reason: 'started' };
  if (now.getTime() < c.startsAt.getTime() - REMINDER_LEAD_MS) return { send: false, reason: 'not_due' };
  if (c.scheduledAt.getTime() > c.startsAt.getTime() - REMINDER_LEAD_MS) return { send: false, reason: 'short_notice' };
  const to = frenchMobile(c.phone);
  if (to === null) return { send: false, reason: 'no_mobile' };
  const key = reminderKey(c);
  if (claimed.has(key)) return { send: false, reason: 'already_sent' };
  return { send: true, key, to, text: reminderText(c) };
}

/** At booking: a reminder is only possible more than 48 h ahead and with a mobile number. */
export function checkReminderRequest(startsAt: Date, phone: string | null, now: Date): { ok: true } | { ok: false; message: string } {
  if (startsAt.getTime() - now.getTime() <= REMINDER_LEAD_MS) {
    return { ok: false, message: 'Rappel SMS impossible : le rendez-vous doit être à plus de 48 h.' };
  }
  if (frenchMobile(phone) === null) {
    return { ok: false, message: 'Rappel SMS impossible : le dossier n’a pas de numéro de portable français valide.' };
  }
  return { ok: true };
}
