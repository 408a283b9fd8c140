// Who sees which files (ACCESS.md). The rule is described as data so that the server can turn it
// into one SQL condition applied to every list, search, report and export, and so that the same
// rule, evaluated on plain data by canSeeFile, is what the tests pin down.
import type { CalendarDate } from '@rsa/vocabulary';
import type { Profile, Viewer } from './profile';

export type { Profile, Viewer } from './profile';

export type AssignmentRole = 'parcours' | 'etape';

export type Assignment = {
  login: string;
  role: AssignmentRole;
  start: CalendarDate;
  end: CalendarDate | null;
  // Structure of the référent at the time of the assignment.
  structure: string | null;
};

// A positionnement accepted as an étape on an offer (plugins/offers): while it is in progress, the
// operator's named collaborator sees the file as a référent d'étape of their structure would
// (ACCESS.md, opérateur). Start: the real start, else the planned one; end: the real end, else
// the planned one (an étape ended early stops granting the day after its real end).
export type EtapeAccess = {
  collaborator: string | null;
  state: 'positionne' | 'etape' | 'refuse' | 'termine';
  plannedStart: CalendarDate;
  plannedEnd: CalendarDate;
  realStart: CalendarDate | null;
  realEnd: CalendarDate | null;
};

export type FileScope = {
  territory: string | null;
  // The file's positionnements and étapes (absent: none).
  etapes?: readonly EtapeAccess[];
  // An archived file has left the active data: territorial profiles no longer see it
  // (ACCESS.md: "until archived").
  archived?: boolean;
  // In the order they were recorded (the last recorded wins a full tie, see lastParcoursAssignment).
  assignments: readonly Assignment[];
};

// Each clause grants the files it matches; the server ORs them.
// - assignmentInForce: the file has an assignment of `login` that grants access on `today`
//   (see assignmentGrantsAccess: in force, and an étape one must have an end date).
// - territory: the file's territory is `code`.
// - structureOfLastParcoursReferent: the current or last référent de parcours assignment on
//   `today` (see lastParcoursAssignment) has structure `code`.
// - etapeInProgress: the file has an étape whose named operator collaborator is `login` and
//   which is in progress on `today` (see etapeGrantsAccess).
export type VisibilityClause =
  | { kind: 'assignmentInForce'; login: string; today: CalendarDate }
  | { kind: 'territory'; code: string }
  | { kind: 'structureOfLastParcoursReferent'; code: string; today: CalendarDate }
  | { kind: 'etapeInProgress'; login: string; today: CalendarDate };

export type VisibilityRule = { kind: 'all' } | { kind: 'none' } | { kind: 'any'; of: VisibilityClause[] };

export function assignmentInForce(a: { start: CalendarDate; end: CalendarDate | null }, today: CalendarDate): boolean {
  return a.start <= today && (a.end === null || a.end >= today);
}

// A référent d'étape is a temporary replacement: ACCESS.md makes its end date mandatory, so an
// étape assignment without one (bad data) grants nothing rather than access for ever.
export function assignmentGrantsAccess(a: Pick<Assignment, 'role' | 'start' | 'end'>, today: CalendarDate): boolean {
  if (a.role === 'etape' && a.end === null) return false;
  return assignmentInForce(a, today);
}

// An étape (accepted, or ended) between its start and its end, both included, on `today`.
export function etapeGrantsAccess(e: EtapeAccess, today: CalendarDate): boolean {
  if (e.state !== 'etape' && e.state !== 'termine') return false;
  return (e.realStart ?? e.plannedStart) <= today && (e.realEnd ?? e.plannedEnd) >= today;
}

// The référent de parcours "actuel", or else the "dernier" (ACCESS.md: "current or last"), on
// `today`. Future assignments are neither. An assignment in force wins over an ended one (a
// mistaken later assignment ended since does not hide the current référent); then the latest
// start (a réorientation opens the new assignment before the old one is closed); on equal starts
// the open or later-ending one; on a full tie the one recorded last (`assignments` in recording
// order). The SQL statement of this order is lastParcoursIdSql in the file-active server, pinned
// to this function by test/integration/file-active-perimeter.test.ts.
export function lastParcoursAssignment(assignments: readonly Assignment[], today: CalendarDate): Assignment | null {
  let best: Assignment | null = null;
  for (const a of assignments) {
    if (a.role !== 'parcours' || a.start > today) continue;
    if (best === null || !ranksBefore(best, a, today)) best = a;
  }
  return best;
}

// Whether `a` strictly ranks before `b` as "the current or last" référent de parcours.
function ranksBefore(a: Assignment, b: Assignment, today: CalendarDate): boolean {
  const aInForce = assignmentInForce(a, today);
  if (aInForce !== assignmentInForce(b, today)) return aInForce;
  if (a.start !== b.start) return a.start > b.start;
  if (a.end === null) return b.end !== null;
  return b.end !== null && a.end > b.end;
}

const REFERENT_PROFILES: readonly Profile[] = ['referent', 'referent_fse'];
const TERRITORY_PROFILES: readonly Profile[] = ['secretariat', 'cadre'];

// Union of what each profile of the viewer grants. An opérateur sees a file only while one of
// its étapes names them and is in progress; gestionnaire FSE sees FSE questionnaires through
// their own rules, never a beneficiary file through this one; a territorial profile without a
// territory (account not completed) grants nothing.
export function visibilityRule(viewer: Viewer, today: CalendarDate): VisibilityRule {
  const has = (p: Profile) => viewer.profiles.includes(p);
  if (has('siege')) return { kind: 'all' };
  const of: VisibilityClause[] = [];
  if (REFERENT_PROFILES.some(has) && viewer.login !== '') {
    of.push({ kind: 'assignmentInForce', login: viewer.login, today });
  }
  if (TERRITORY_PROFILES.some(has) && viewer.territory !== null) {
    of.push({ kind: 'territory', code: viewer.territory });
  }
  if (has('secretariat_structure') && viewer.structure !== null) {
    of.push({ kind: 'structureOfLastParcoursReferent', code: viewer.structure, today });
  }
  if (has('operateur') && viewer.login !== '') {
    of.push({ kind: 'etapeInProgress', login: viewer.login, today });
  }
  return of.length === 0 ? { kind: 'none' } : { kind: 'any', of };
}

export function clauseMatches(clause: VisibilityClause, file: FileScope): boolean {
  switch (clause.kind) {
    case 'assignmentInForce':
      return file.assignments.some((a) => a.login === clause.login && assignmentGrantsAccess(a, clause.today));
    case 'territory':
      return file.territory === clause.code && file.archived !== true;
    case 'structureOfLastParcoursReferent':
      return lastParcoursAssignment(file.assignments, clause.today)?.structure === clause.code;
    case 'etapeInProgress':
      return (file.etapes ?? []).some((e) => e.collaborator === clause.login && etapeGrantsAccess(e, clause.today));
  }
}

export function ruleMatches(rule: VisibilityRule, file: FileScope): boolean {
  switch (rule.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'any':
      return rule.of.some((clause) => clauseMatches(clause, file));
  }
}

export function canSeeFile(viewer: Viewer, file: FileScope, today: CalendarDate): boolean {
  return ruleMatches(visibilityRule(viewer, today), file);
}

// Notes and CER stay closed to an opérateur (ACCESS.md); the words live in @rsa/vocabulary.
export { readsNotesAndCer } from '@rsa/vocabulary';
