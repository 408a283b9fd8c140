// Calendar dates travel as `YYYY-MM-DD` strings (STYLE.md) and are shown as jj/mm/aaaa. The
// "today" of a French département is the one of Europe/Paris, whatever the workstation's zone.
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function todayInParis(now: Date = new Date()): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** jj/mm/aaaa for a calendar date or a timestamp (read in Europe/Paris); '' for nothing. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = ISO_DATE.exec(value);
  if (match) return `${match[3]}/${match[2]}/${match[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' }).format(date);
}

/** jj/mm/aaaa à hh:mm for a timestamp, in Europe/Paris. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  if (ISO_DATE.test(value)) return formatDate(value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const time = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(date);
  return `${formatDate(value)} à ${time}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Last day of the month `offset` months after the month of `date` (0 = same month). */
export function lastDayOfMonth(date: CalendarDate, offset = 0): CalendarDate {
  const [year, month] = date.split('-').map(Number);
  // Day 0 of the following month is the last day of the wanted one; UTC avoids DST surprises.
  const last = new Date(Date.UTC(year, month - 1 + offset + 1, 0));
  return `${last.getUTCFullYear()}-${pad(last.getUTCMonth() + 1)}-${pad(last.getUTCDate())}`;
}

/** First day of the month `offset` months after the month of `date`. */
export function firstDayOfMonth(date: CalendarDate, offset = 0): CalendarDate {
  const [year, month] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + offset, 1));
  return `${first.getUTCFullYear()}-${pad(first.getUTCMonth() + 1)}-01`;
}

/** Whole months from `from` to `to` (a month is complete once the same day number is reached). */
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months -= 1;
  return Math.max(0, months);
}

export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCDate() === Number(match[3]) && date.getUTCMonth() === Number(match[2]) - 1;
}
