// Report "sorties de file active – structure" (R3, guide): files whose Date actualisation is
// older than J-5 — the feed stopped sending them, so Genesis has no référent any more — while a
// référent de parcours is still in force in the application. The référent must enter the sortie;
// an end date already planned is shown and needs no action.
import { type CalendarDate, addDays } from '@rsa/vocabulary';
import { assignmentInForce } from '../visibility';

export const EXIT_CANDIDATE_LAG_DAYS = 5;

// Files updated strictly before this date are candidates: the server's SQL bound.
export function exitCandidateCutoff(today: CalendarDate): CalendarDate {
  return addDays(today, -EXIT_CANDIDATE_LAG_DAYS);
}

// A file never seen in a feed (null) is as stale as one can be.
export function isExitCandidate(updatedFromGenesisOn: CalendarDate | null, today: CalendarDate): boolean {
  return updatedFromGenesisOn === null || updatedFromGenesisOn < exitCandidateCutoff(today);
}

export type ExitCandidateRow = {
  updatedFromGenesisOn: CalendarDate | null;
  parcours: { start: CalendarDate; end: CalendarDate | null } | null;
};

export function isExitCandidateRow(row: ExitCandidateRow, today: CalendarDate): boolean {
  return row.parcours !== null && assignmentInForce(row.parcours, today) && isExitCandidate(row.updatedFromGenesisOn, today);
}
