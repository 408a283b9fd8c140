// Which référent assignment the Résumé's buttons act on (F7), from the detail's assignments and
// today's date. The server checks again; these only pick the row and the suggested dates.
import { lastDayOfMonth, type CalendarDate } from '@rsa/vocabulary';
import type { Assignment } from '../beneficiaries/beneficiary.type';

const inForce = (a: Assignment, today: CalendarDate) => a.start !== null && a.start <= today && (a.end === null || a.end >= today);

/** The référent de parcours assignment in force today, the one a sortie de file active ends. */
export function currentParcours(assignments: readonly Assignment[], today: CalendarDate): Assignment | null {
  return [...assignments].reverse().find((a) => a.role === 'parcours' && inForce(a, today)) ?? null;
}

/** The latest référent de parcours assignment when it carries an end date: the sortie to cancel. */
export function cancellableExit(assignments: readonly Assignment[]): Assignment | null {
  const last = [...assignments].reverse().find((a) => a.role === 'parcours') ?? null;
  return last !== null && last.end !== null ? last : null;
}

/** The two dates the old tool suggested: last day of this month and of the next one. */
export function suggestedExitDates(today: CalendarDate): [CalendarDate, CalendarDate] {
  return [lastDayOfMonth(today, 0), lastDayOfMonth(today, 1)];
}

/** Référents d'étape currently giving temporary access. */
export function stepReferentsInForce(assignments: readonly Assignment[], today: CalendarDate): Assignment[] {
  return assignments.filter((a) => a.role === 'etape' && inForce(a, today));
}
