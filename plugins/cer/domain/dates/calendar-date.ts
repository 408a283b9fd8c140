// Calendar dates travel as `YYYY-MM-DD` strings; arithmetic goes through UTC midnight so that
// daylight-saving changes never shift a day.

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isCalendarDate = (value: unknown): value is string => {
  if (typeof value !== 'string') return false;
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
};

const toUtcMs = (date: string): number => {
  if (!isCalendarDate(date)) throw new RangeError(`Date invalide : ${date}`);
  return Date.parse(`${date}T00:00:00Z`);
};

const fromUtcMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromUtcMs(toUtcMs(date) + days * DAY_MS);

// Whole days from `from` to `to` (negative when `to` is earlier).
export const daysBetween = (from: string, to: string): number =>
  Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);

export const firstDayOfNextMonth = (date: string): string => {
  const ms = toUtcMs(date);
  const d = new Date(ms);
  return fromUtcMs(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
};

// `jj/mm/aaaa` for documents; anything that is not a calendar date prints as nothing.
export const formatFrenchDate = (date: string | null | undefined): string => {
  if (!isCalendarDate(date)) return '';
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
};
