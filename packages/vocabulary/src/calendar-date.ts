// Calendar dates are `YYYY-MM-DD` strings everywhere (STYLE.md): they compare as strings, carry
// no time zone, and are what the database, the API and the console exchange; users read and type
// them jj/mm/aaaa. Arithmetic goes through day numbers (integers, no Date, no time zone), so no
// daylight-saving change can shift a day and a Genesis feed's million dates stay cheap. "Today"
// and timestamps are read in Europe/Paris, whatever the machine's zone.

export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The date of these parts, or null when the day does not exist (31/02, 29/02/2023, year 0…). */
export const isoDateFromParts = (year: number, month: number, day: number): CalendarDate | null => {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
};

/** True for a real day written `YYYY-MM-DD`: 2023-02-29 and 2024-04-31 are refused. */
export const isCalendarDate = (value: unknown): value is CalendarDate => {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  return match !== null && isoDateFromParts(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
};

type Parts = { year: number; month: number; day: number };

const parts = (date: CalendarDate): Parts => {
  if (!isCalendarDate(date)) throw new RangeError(`Date invalide : ${date}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
};

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export const toDayNumber = (date: CalendarDate): number => {
  const { year: civilYear, month, day } = parts(date);
  const year = civilYear - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};

/** The date of a day number (Howard Hinnant's civil_from_days). */
export const fromDayNumber = (dayNumber: number): CalendarDate => {
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return `${pad(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), 4)}-${pad(month)}-${pad(day)}`;
};

export const addDays = (date: CalendarDate, days: number): CalendarDate => fromDayNumber(toDayNumber(date) + days);

/** Signed number of days from `from` to `to`. */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number => toDayNumber(to) - toDayNumber(from);

const fromMonthIndex = (index: number, day: (year: number, month: number) => number): CalendarDate => {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(day(year, month))}`;
};
const monthIndex = ({ year, month }: Parts): number => year * 12 + month - 1;

/** Month arithmetic clamps to the end of the month: 2024-01-31 + 1 month = 2024-02-29. */
export const addMonths = (date: CalendarDate, months: number): CalendarDate => {
  const p = parts(date);
  return fromMonthIndex(monthIndex(p) + months, (y, m) => Math.min(p.day, daysInMonth(y, m)));
};

/** First day of the month `offset` months after the month of `date` (0: the same month). */
export const firstDayOfMonth = (date: CalendarDate, offset = 0): CalendarDate => fromMonthIndex(monthIndex(parts(date)) + offset, () => 1);

/** Last day of the month `offset` months after the month of `date` (0: the same month). */
export const lastDayOfMonth = (date: CalendarDate, offset = 0): CalendarDate =>
  fromMonthIndex(monthIndex(parts(date)) + offset, (y, m) => daysInMonth(y, m));

/**
 * Whole months elapsed from `from` to `to` (0 when `to` is not after `from`). A month is complete
 * on the same day number the next month, or on that month's last day when it is shorter: from
 * 2024-01-31, one month is reached on 2024-02-29 (the guide's "Entrée - 58 mois").
 */
export const wholeMonthsBetween = (from: CalendarDate, to: CalendarDate): number => {
  if (to <= from) return 0;
  const a = parts(from);
  const b = parts(to);
  const reachedDay = b.day >= a.day || b.day === daysInMonth(b.year, b.month);
  return Math.max(monthIndex(b) - monthIndex(a) - (reachedDay ? 0 : 1), 0);
};

export const minDate = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b);

/** jj/mm/aaaa, as users and the guide write dates; anything that is not a date prints as nothing. */
export const formatFrenchDate = (date: CalendarDate | null | undefined): string =>
  isCalendarDate(date) ? `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}` : '';

/** What users type: `YYYY-MM-DD` or `j/m/aaaa`, spaces around tolerated; null when not a day. */
export const parseCalendarDate = (input: string): CalendarDate | null => {
  const trimmed = input.trim();
  if (isCalendarDate(trimmed)) return trimmed;
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  return french === null ? null : isoDateFromParts(Number(french[3]), Number(french[2]), Number(french[1]));
};

export type FrenchDateParse = { ok: true; iso: CalendarDate } | { ok: false; reason: 'format' | 'impossible' };

// Hand-rolled rather than a RegExp: a 50 MB feed holds over a million dates.
const isDigitAt = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
};
const isFrenchDateShape = (text: string): boolean =>
  text.length === 10 && text.charCodeAt(2) === 47 && text.charCodeAt(5) === 47 && [0, 1, 3, 4, 6, 7, 8, 9].every((i) => isDigitAt(text, i));

/** Strict `jj/mm/aaaa` (the Genesis feed): tells a badly written date from a day that does not exist. */
export const parseFrenchDate = (text: string): FrenchDateParse => {
  if (!isFrenchDateShape(text)) return { ok: false, reason: 'format' };
  const iso = isoDateFromParts(Number(text.slice(6, 10)), Number(text.slice(3, 5)), Number(text.slice(0, 2)));
  return iso === null ? { ok: false, reason: 'impossible' } : { ok: true, iso };
};

// en-CA formats as YYYY-MM-DD.
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
const PARIS_FRENCH_DAY = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });
const PARIS_TIME = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });

/** The calendar date in Europe/Paris at `now`: the "today" of every rule of the product. */
export const todayInParis = (now: Date = new Date()): CalendarDate => PARIS_DAY.format(now);

/** jj/mm/aaaa for a calendar date or a timestamp (read in Europe/Paris); '' for nothing. */
export const formatDate = (value: string | null | undefined): string => {
  if (!value) return '';
  if (ISO_DATE.test(value)) return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : PARIS_FRENCH_DAY.format(date);
};

/** jj/mm/aaaa à hh:mm for a timestamp, in Europe/Paris; a bare date shows as a date. */
export const formatDateTime = (value: string | null | undefined): string => {
  if (!value) return '';
  if (ISO_DATE.test(value)) return formatDate(value);
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : `${formatDate(value)} à ${PARIS_TIME.format(date)}`;
};
