// "Accompagnement RSA - Entrée - 9 mois" on the file summary (F4): the state and how long the
// file has been in the dispositif. The old system counted months only ("58 mois"); years read
// better past twelve months.
import { type CalendarDate, wholeMonthsBetween } from './calendar-date';
import { FILE_STATE_LABELS, type FileState } from './standby';

export function durationLabel(months: number): string {
  if (months < 1) return 'moins d’un mois';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const yearsText = years === 0 ? '' : `${years} an${years > 1 ? 's' : ''}`;
  const monthsText = rest === 0 ? '' : `${rest} mois`; // "mois" is invariable
  return yearsText !== '' && monthsText !== '' ? `${yearsText} et ${monthsText}` : yearsText || monthsText;
}

export function accompanimentLabel(state: FileState, entryDate: CalendarDate, today: CalendarDate): string {
  return `${FILE_STATE_LABELS[state]} - ${durationLabel(wholeMonthsBetween(entryDate, today))}`;
}
