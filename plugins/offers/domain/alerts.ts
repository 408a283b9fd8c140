// Alerts of the offers module (FEATURES R1): étapes ending within X days, positionnements left
// without an answer for N days. Plain predicates; the server states them in SQL for the lists.
import { addDays, type CalendarDate } from '@rsa/vocabulary';
import type { PositionnementState } from './positionnement';

export type AlertFacts = {
  state: PositionnementState;
  plannedEnd: CalendarDate;
  realEnd: CalendarDate | null;
  /** Day the positionnement was made (Europe/Paris). */
  createdOn: CalendarDate;
};

/** An étape in progress whose planned end falls between today and today + days. */
export const endsWithin = (p: AlertFacts, today: CalendarDate, days: number): boolean =>
  p.state === 'etape' && p.realEnd === null && p.plannedEnd >= today && p.plannedEnd <= addDays(today, days);

/** A positionnement still waiting for the operator's answer `days` days or more after it was made. */
export const unansweredFor = (p: AlertFacts, today: CalendarDate, days: number): boolean =>
  p.state === 'positionne' && p.createdOn <= addDays(today, -days);

/** The `days` parameter of an alert: a whole number of days, 1 to 365, or the default. */
export const alertDays = (raw: unknown, fallback: number): number => {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 365 ? n : fallback;
};
