// The three states of a file in the dispositif (entrée, veille, sortie) and the Résumé's
// "Accompagnement RSA - Entrée - 9 mois" (F4). The rule that decides the state lives in the
// file-active domain (standby.ts); these are its words.
import { type CalendarDate, wholeMonthsBetween } from './calendar-date';

export const FILE_STATES = ['entree', 'veille', 'sortie'] as const;

export type FileState = (typeof FILE_STATES)[number];

export const FILE_STATE_LABELS: Readonly<Record<FileState, string>> = {
  entree: 'Entrée',
  veille: 'Veille',
  sortie: 'Sortie',
};

// The old system counted months only ("58 mois"); years read better past twelve months.
export const durationLabel = (months: number): string => {
  if (months < 1) return 'moins d’un mois';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const yearsText = years === 0 ? '' : `${years} an${years > 1 ? 's' : ''}`;
  const monthsText = rest === 0 ? '' : `${rest} mois`; // "mois" is invariable
  return yearsText !== '' && monthsText !== '' ? `${yearsText} et ${monthsText}` : yearsText || monthsText;
};

/** "Entrée - 9 mois"; the state alone when the entry date is unknown. */
export const accompanimentLabel = (state: FileState, entryDate: CalendarDate | null, today: CalendarDate): string =>
  entryDate ? `${FILE_STATE_LABELS[state]} - ${durationLabel(wholeMonthsBetween(entryDate, today))}` : FILE_STATE_LABELS[state];
