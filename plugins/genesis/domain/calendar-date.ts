/**
 * Calendar dates as `YYYY-MM-DD` strings (project convention). Computed in UTC so that no
 * time zone or daylight-saving change can shift a day.
 */

const FRENCH_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The ISO date for these parts, or null when the day does not exist (31/02, 29/02/2023…). */
export const isoDateFromParts = (year: number, month: number, day: number): string | null => {
  if (year < 1 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear undoes that.
  probe.setUTCFullYear(year);
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

export type FrenchDateParse =
  | { ok: true; iso: string }
  | { ok: false; reason: 'format' | 'impossible' };

/** `dd/mm/yyyy` → `YYYY-MM-DD`; tells a badly written date from a day that does not exist. */
export const parseFrenchDate = (text: string): FrenchDateParse => {
  const match = FRENCH_DATE.exec(text);
  if (!match) return { ok: false, reason: 'format' };
  const iso = isoDateFromParts(Number(match[3]), Number(match[2]), Number(match[1]));
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
