import { firstDayOfMonth } from '@rsa/vocabulary';

// The département's convention (guide, « Elaboration d'un CER »): a CER starts on the first day
// of the month following the appointment where it was written.
export const suggestedStart = (today: string): string => firstDayOfMonth(today, 1);
