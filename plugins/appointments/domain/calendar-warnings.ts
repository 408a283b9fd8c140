// Warnings, not refusals (FEATURES A1): a public holiday (@socialgouv/jours-feries, metropolitan
// France) or a time outside the opening hours. The user may still book (a home visit on a Saturday).
import getJoursFeries from '@socialgouv/jours-feries';
import { formatFrenchDate, parisLocalDate, toDayNumber, type CalendarDate, type ParisLocalTime } from '@rsa/vocabulary';

/** Opening hours of the services: Monday to Friday, 08:30 to 18:00. */
export const OPENING_HOURS = { firstDay: 1, lastDay: 5, opens: '08:30', closes: '18:00' } as const;

const pad = (n: number): string => String(n).padStart(2, '0');

/** The public holidays of a year, `YYYY-MM-DD` → name (the library builds local-time Dates: read them back locally). */
export function publicHolidays(year: number): Map<CalendarDate, string> {
  const found = getJoursFeries(year) as Record<string, Date>;
  return new Map(Object.entries(found).map(([name, d]) => [`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, name]));
}

export const publicHolidayName = (date: CalendarDate): string | null => publicHolidays(Number(date.slice(0, 4))).get(date) ?? null;

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekday = (date: CalendarDate): number => (((toDayNumber(date) + 4) % 7) + 7) % 7;

const minutesOf = (clock: string): number => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

export function slotWarnings(startLocal: ParisLocalTime, duration: number): string[] {
  const date = parisLocalDate(startLocal);
  const warnings: string[] = [];
  const holiday = publicHolidayName(date);
  if (holiday) warnings.push(`Le ${formatFrenchDate(date)} est un jour férié (${holiday}).`);
  const day = weekday(date);
  const start = minutesOf(startLocal.slice(11, 16));
  const end = start + duration;
  if (day < OPENING_HOURS.firstDay || day > OPENING_HOURS.lastDay) {
    warnings.push('Le rendez-vous tombe un week-end, en dehors des jours d’ouverture (du lundi au vendredi).');
  } else if (start < minutesOf(OPENING_HOURS.opens) || end > minutesOf(OPENING_HOURS.closes)) {
    warnings.push(`Le rendez-vous dépasse les heures d’ouverture (${OPENING_HOURS.opens.replace(':', 'h')} – ${OPENING_HOURS.closes.replace(':', 'h')}).`);
  }
  return warnings;
}
