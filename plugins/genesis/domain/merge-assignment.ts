/**
 * What one import does to the référent assignments of a person already known (GENESIS_FEED.md
 * rules 4, 5 and 7). The import runs it set-based in SQL (server feed-import/merge-assignments);
 * test/integration/genesis-merge-assignments.test.ts pins that SQL to this statement on SQLite
 * and PostgreSQL.
 */
import type { CalendarDate } from '@rsa/vocabulary';

export type KnownAssignment = {
  id: number;
  role: string;
  login: string;
  start: CalendarDate | null;
  end: CalendarDate | null;
};

/** What the feed row says of the person's référent de parcours. */
export type FeedReferent = { login: string; designatedOn: CalendarDate; structure: string };

export type AssignmentChange =
  | { kind: 'unchanged' }
  /** Rule 4: end `endId` (when still running after the extraction date) and open one for the feed's référent. */
  | { kind: 'reorientation'; endId: number | null; endOn: CalendarDate; open: { login: string; start: CalendarDate; structure: string } }
  /** Rule 5: the end date entered in the application is removed. */
  | { kind: 'sortieReverted'; id: number };

/**
 * Rule 7: only référent de parcours assignments are the feed's; référent d'étape ones are never
 * looked at. The one the feed is compared with is the last recorded: latest start (an assignment
 * without a start counts as the oldest), then the latest created.
 */
export function currentParcoursAssignment(assignments: readonly KnownAssignment[]): KnownAssignment | null {
  let best: KnownAssignment | null = null;
  for (const a of assignments) {
    if (a.role !== 'parcours') continue;
    if (best === null || isLater(a, best)) best = a;
  }
  return best;
}

function isLater(a: KnownAssignment, b: KnownAssignment): boolean {
  if (a.start !== b.start) {
    if (a.start === null) return false;
    if (b.start === null) return true;
    return a.start > b.start;
  }
  return a.id > b.id;
}

/**
 * Rule 4: another référent than the current one (or none at all) → réorientation: the current
 * assignment ends on the extraction date (an earlier end entered in the application is kept), a
 * new one opens from DATE_DESIGNATION_REFERENT. Rule 5: the same référent but an end date
 * entered in the application → the end date is removed (the truth of file actives is Genesis).
 * Rule 7: a hand-entered référent de parcours is treated like any other: replaced when the feed
 * names someone else.
 */
export function mergeAssignment(assignments: readonly KnownAssignment[], feed: FeedReferent, extractionDate: CalendarDate): AssignmentChange {
  const current = currentParcoursAssignment(assignments);
  if (current === null || current.login !== feed.login) {
    const stillRunning = current !== null && (current.end === null || current.end > extractionDate);
    return {
      kind: 'reorientation',
      endId: stillRunning ? current.id : null,
      endOn: extractionDate,
      open: { login: feed.login, start: feed.designatedOn, structure: feed.structure },
    };
  }
  return current.end === null ? { kind: 'unchanged' } : { kind: 'sortieReverted', id: current.id };
}
