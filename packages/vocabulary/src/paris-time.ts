// Wall-clock times in Europe/Paris (`YYYY-MM-DDTHH:MM`, what users type for an appointment) and the
// UTC instants the database stores. No Node, no DOM: Intl only, so the console and the plugins share
// it. A time that does not exist (the spring-forward hour, 02:00–02:59 on the last Sunday of March)
// is refused; a time that happens twice (the autumn hour) is the first one.
import { formatFrenchDate, isCalendarDate, type CalendarDate } from './calendar-date';

export type ParisLocalTime = string;

const LOCAL = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

const PARIS_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
});

const viaIntl = (instant: Date): ParisLocalTime => {
  const p = Object.fromEntries(PARIS_PARTS.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
};

// Intl costs ~9 µs a call, and an agenda week or a list of appointments formats every row (3.5 %
// of the agenda screen's CPU). Since 1996 Paris changes its offset only at 01:00 UTC, so within
// one UTC hour the offset is constant: it is asked of Intl once per hour and kept. Other instants
// (before 1996, invalid dates) go through Intl. Pinned to Intl by paris-time.test.ts.
const HOUR = 3_600_000;
const FAST_FROM = Date.UTC(1996, 0, 1);
// toISOString writes four-digit years up to 9999 only.
const FAST_UNTIL = Date.UTC(9999, 0, 1);
const offsets = new Map<number, number>();

/** `YYYY-MM-DDTHH:MM` of this instant in Europe/Paris. */
export const toParisLocal = (instant: Date): ParisLocalTime => {
  const ms = instant.getTime();
  if (!(ms >= FAST_FROM && ms < FAST_UNTIL)) return viaIntl(instant);
  const hour = Math.floor(ms / HOUR);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    offset = Date.parse(`${viaIntl(new Date(hour * HOUR))}Z`) - hour * HOUR;
    if (offsets.size >= 50_000) offsets.clear();
    offsets.set(hour, offset);
  }
  return new Date(ms + offset).toISOString().slice(0, 16);
};

/** True for a well-formed wall-clock time on a real day (it may still not exist in Paris). */
export const isParisLocalTime = (value: unknown): value is ParisLocalTime => {
  if (typeof value !== 'string') return false;
  const match = LOCAL.exec(value);
  return match !== null && isCalendarDate(match[1]);
};

/** The UTC instant of this Paris wall-clock time; null when malformed or inside the spring-forward gap. */
export const parisLocalToInstant = (local: string): Date | null => {
  if (!isParisLocalTime(local)) return null;
  const [date, time] = local.split('T');
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  // Paris is UTC+1 or UTC+2: try the earlier instant first (the first of a repeated hour).
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (toParisLocal(candidate) === local) return candidate;
  }
  return null;
};

/** The calendar day of a Paris wall-clock time. */
export const parisLocalDate = (local: ParisLocalTime): CalendarDate => local.slice(0, 10);

/** `hh:mm` of a Paris wall-clock time. */
export const parisLocalClock = (local: ParisLocalTime): string => local.slice(11, 16);

/** « jj/mm/aaaa à hh:mm » of a Paris wall-clock time (an appointment's start); '' when malformed. */
export const formatParisLocal = (local: string | null | undefined): string =>
  isParisLocalTime(local) ? `${formatFrenchDate(parisLocalDate(local))} à ${parisLocalClock(local)}` : '';
