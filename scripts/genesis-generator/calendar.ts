import { formatFrenchDate } from '../../plugins/genesis/domain/calendar-date';

/**
 * Calendar arithmetic on `YYYY-MM-DD` strings through day numbers (days since 1970-01-01), with
 * integer arithmetic only: no time zone, and fast enough for millions of calls (Date parsing and
 * formatting dominated the generator's profile).
 */

/** Howard Hinnant's days_from_civil. */
export const toDayNumber = (iso: string): number => {
  let year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  year -= month <= 2 ? 1 : 0;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
};

/** Howard Hinnant's civil_from_days. */
export const fromDayNumber = (dayNumber: number): string => {
  const shifted = dayNumber + 719468;
  const era = Math.floor(shifted / 146097);
  const dayOfEra = shifted - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
};

export const addDays = (iso: string, days: number): string => fromDayNumber(toDayNumber(iso) + days);

export const daysBetween = (from: string, to: string): number => toDayNumber(to) - toDayNumber(from);

/** Same day and month `years` later; 29 February becomes 1 March in a common year. */
export const addYears = (iso: string, years: number): string => {
  const shifted = `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
  return iso.slice(5) === '02-29' ? addDays(`${shifted.slice(0, 8)}28`, 1) : shifted;
};

/** First day of the month of `iso`, `monthsBack` months earlier. */
export const firstOfMonth = (iso: string, monthsBack = 0): string => {
  const months = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 - monthsBack;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-01`;
};

/** `2026-11-02` → `20261102`, the date in a feed's file name. */
export const compactDate = (iso: string): string => iso.replaceAll('-', '');

/** `formatFrenchDate` memoised: a feed writes the same few thousand dates over and over. */
export const createFrenchDateCache = (): ((iso: string | null) => string) => {
  const cache = new Map<string, string>();
  return (iso) => {
    if (iso === null) return '';
    let french = cache.get(iso);
    if (french === undefined) {
      french = formatFrenchDate(iso);
      cache.set(iso, french);
    }
    return french;
  };
};
