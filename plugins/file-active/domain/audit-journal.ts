// The « Journal d'accès » filters (FEATURES P5): a period in calendar days of Europe/Paris (what
// a cadre means by "from the 3rd to the 5th"), turned into UTC instants for the `at` column,
// and an action kind. Pure: the server maps a refusal to 422.
import { addDays, formatFrenchDate, isCalendarDate, type CalendarDate } from '@rsa/vocabulary';

export const AUDIT_ACTION_KINDS = ['read', 'change', 'export'] as const;
export type AuditActionKind = (typeof AUDIT_ACTION_KINDS)[number];

export type JournalPeriod = { from: Date | null; before: Date | null };
export type JournalPeriodCheck = { ok: true; period: JournalPeriod } | { ok: false; message: string };

const PARIS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});

/** Minutes Paris is ahead of UTC at this instant (60 in winter, 120 in summer). */
const parisOffsetMinutes = (instant: Date): number => {
  const p = Object.fromEntries(PARIS.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
};

/** The UTC instant at which this calendar day begins in Europe/Paris. */
export function parisDayStart(date: CalendarDate): Date {
  const [y, m, d] = date.split('-').map(Number);
  const utcMidnight = Date.UTC(y, m - 1, d);
  // Midnight never falls in a DST gap in France (changes happen at 02:00/03:00).
  const guess = new Date(utcMidnight - parisOffsetMinutes(new Date(utcMidnight)) * 60_000);
  return new Date(utcMidnight - parisOffsetMinutes(guess) * 60_000);
}

const present = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/** `from` and `to` are inclusive calendar days; either may be missing. */
export function journalPeriod(from: unknown, to: unknown): JournalPeriodCheck {
  if (present(from) && !isCalendarDate(from)) return { ok: false, message: 'La date de début de la période n’est pas une date valide (AAAA-MM-JJ).' };
  if (present(to) && !isCalendarDate(to)) return { ok: false, message: 'La date de fin de la période n’est pas une date valide (AAAA-MM-JJ).' };
  const start = isCalendarDate(from) ? from : null;
  const end = isCalendarDate(to) ? to : null;
  if (start !== null && end !== null && start > end) {
    return { ok: false, message: `La période commence le ${formatFrenchDate(start)}, après sa fin le ${formatFrenchDate(end)}.` };
  }
  return { ok: true, period: { from: start === null ? null : parisDayStart(start), before: end === null ? null : parisDayStart(addDays(end, 1)) } };
}

export function isAuditActionKind(value: unknown): value is AuditActionKind {
  return typeof value === 'string' && (AUDIT_ACTION_KINDS as readonly string[]).includes(value);
}
