// "Entrée - 9 mois" on the Résumé (F4): the dispositif state and how long the file has been in
// it, counted from the entry date. Mirrors the server's wording (file-active domain) without
// importing server code; years read better than "58 mois" past a year.
import { wholeMonthsBetween, type CalendarDate } from '../dates/calendar-date';
import type { FileState } from './beneficiary.type';

export const FILE_STATE_LABELS: Record<FileState, string> = { entree: 'Entrée', veille: 'Veille', sortie: 'Sortie' };

export function durationLabel(months: number): string {
  if (months < 1) return 'moins d’un mois';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const yearsText = years === 0 ? '' : `${years} an${years > 1 ? 's' : ''}`;
  const monthsText = rest === 0 ? '' : `${rest} mois`;
  return yearsText && monthsText ? `${yearsText} et ${monthsText}` : yearsText || monthsText;
}

export function accompanimentLabel(state: FileState, enteredOn: CalendarDate | null, today: CalendarDate): string {
  if (!enteredOn) return FILE_STATE_LABELS[state];
  return `${FILE_STATE_LABELS[state]} - ${durationLabel(wholeMonthsBetween(enteredOn, today))}`;
}
