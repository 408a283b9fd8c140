import { firstDayOfMonth, lastDayOfMonth, minDate } from '@rsa/vocabulary';

// The file active over time (R4) is counted on one day per month: the month's last day, or
// today for the current month. Oldest first, `months` of them, the current month included.
export type MonthSnapshot = { month: string; day: string };

export const MONTHS_MAX = 36;

export const monthSnapshots = (today: string, months: number): MonthSnapshot[] =>
  Array.from({ length: months }, (_, i) => {
    const offset = i - months + 1;
    return { month: firstDayOfMonth(today, offset).slice(0, 7), day: minDate(lastDayOfMonth(today, offset), today) };
  });

/** The calendar month of `today`, first to last day (« ce mois-ci »: exits planned later this month count). */
export const calendarMonth = (today: string): { from: string; to: string } => ({ from: firstDayOfMonth(today), to: lastDayOfMonth(today) });
