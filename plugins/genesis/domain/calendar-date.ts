/**
 * Calendar dates as `YYYY-MM-DD` strings (project convention). Computed in UTC so that no
 * time zone or daylight-saving change can shift a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

/** The ISO date for these parts, or null when the day does not exist (31/02, 29/02/2023…). */
export const isoDateFromParts = (year: number, month: number, day: number): string | null => {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

// Hand-rolled rather than a RegExp: a 50 MB feed holds over a million dates.
const isDigitAt = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
};
const isFrenchDateShape = (text: string): boolean =>
  text.length === 10 &&
  text.charCodeAt(2) === 47 &&
  text.charCodeAt(5) === 47 &&
  [0, 1, 3, 4, 6, 7, 8, 9].every((index) => isDigitAt(text, index));

export type FrenchDateParse =
  | { ok: true; iso: string }
  | { ok: false; reason: 'format' | 'impossible' };

/** `dd/mm/yyyy` → `YYYY-MM-DD`; tells a badly written date from a day that does not exist. */
export const parseFrenchDate = (text: string): FrenchDateParse => {
  if (!isFrenchDateShape(text)) return { ok: false, reason: 'format' };
  const iso = isoDateFromParts(Number(text.slice(6, 10)), Number(text.slice(3, 5)), Number(text.slice(0, 2)));
  return iso === null ? { ok: false, reason: 'impossible' } : { ok: true, iso };
};

/** True for an existing day written `YYYY-MM-DD`. */
export const isIsoDate = (text: string): boolean => {
  const match = ISO_DATE.exec(text);
  return match !== null && isoDateFromParts(Number(match[1]), Number(match[2]), Number(match[3])) === text;
};

/** `YYYY-MM-DD` → `dd/mm/yyyy`, the way the feed and the French UI write dates. */
export const formatFrenchDate = (iso: string): string => {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
};
