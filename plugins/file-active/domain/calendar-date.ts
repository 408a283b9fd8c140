// Calendar dates are `YYYY-MM-DD` strings everywhere in this plugin: they compare as strings,
// carry no time zone, and are what the database and the console exchange. The arithmetic
// below goes through UTC midnight, where every day has 24 hours.

export type CalendarDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

type Parts = { year: number; month: number; day: number };

function parts(date: CalendarDate): Parts {
  const match = PATTERN.exec(date);
  if (match === null) throw new RangeError(`Date invalide : ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

// True for a real day only: 2023-02-29 and 2024-04-31 are refused.
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || !PATTERN.test(value)) return false;
  const { year, month, day } = parts(value);
  return year >= 1900 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function fromParts({ year, month, day }: Parts): CalendarDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function toUtcMs(date: CalendarDate): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): CalendarDate {
  const d = new Date(ms);
  return fromParts({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

const DAY_MS = 86_400_000;

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

// Signed number of days from `from` to `to`.
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

export function lastDayOfMonth(date: CalendarDate): CalendarDate {
  const { year, month } = parts(date);
  return fromParts({ year, month, day: daysInMonth(year, month) });
}

// Month arithmetic clamps to the end of the month: 2024-01-31 + 1 month = 2024-02-29.
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return fromParts({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

// Whole months elapsed from `from` to `to` (0 when `to` is before `from`). A month is complete
// on the same day number the next month, or on that month's last day when it is shorter:
// from 2024-01-31, one month is reached on 2024-02-29.
export function wholeMonthsBetween(from: CalendarDate, to: CalendarDate): number {
  if (to <= from) return 0;
  const a = parts(from);
  const b = parts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  const reachedDay = b.day >= a.day || b.day === daysInMonth(b.year, b.month);
  if (!reachedDay) months -= 1;
  return Math.max(months, 0);
}

export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return a <= b ? a : b;
}

// jj/mm/aaaa, as the console and the guide write dates.
export function formatFrenchDate(date: CalendarDate): string {
  const { year, month, day } = parts(date);
  return `${pad(day)}/${pad(month)}/${pad(year, 4)}`;
}

// Accepts `YYYY-MM-DD` or `jj/mm/aaaa` (what users type and what Genesis writes).
export function parseCalendarDate(input: string): CalendarDate | null {
  const trimmed = input.trim();
  if (isCalendarDate(trimmed)) return trimmed;
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (french === null) return null;
  const candidate = fromParts({ year: Number(french[3]), month: Number(french[2]), day: Number(french[1]) });
  return isCalendarDate(candidate) ? candidate : null;
}
