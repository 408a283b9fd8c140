import { addDays, firstDayOfMonth, formatFrenchDate } from '@rsa/vocabulary';

// The generator's calendar: the shared arithmetic (@rsa/vocabulary, integer day numbers, fast
// enough for millions of calls) plus what only a synthetic feed needs.
export { addDays, daysBetween, fromDayNumber, toDayNumber } from '@rsa/vocabulary';


/** Same day and month `years` later; 29 February becomes 1 March in a common year. */
export const addYears = (iso: string, years: number): string => {
  const shifted = `${String(Number(iso.slice(0, 4)) + years).padStart(4, '0')}${iso.slice(4)}`;
  return iso.slice(5) === '02-29' ? addDays(`${shifted.slice(0, 8)}28`, 1) : shifted;
};

/** First day of the month of `iso`, `monthsBack` months earlier. */
export const firstOfMonth = (iso: string, monthsBack = 0): string => firstDayOfMonth(iso, -monthsBack);

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
