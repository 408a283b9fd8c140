// Who may set, move or clear the end date of a référent assignment (ACCESS.md, "Assignments: who
// may set or change an end date"). An end date takes access away; pushing it later or clearing it
// gives access back, so only a secretariat or a cadre may do that. A référent may end their own
// parcours assignment (sortie de file active) and bring that end earlier — nothing else: not a
// référent d'étape assignment (a temporary access the DTAS grants), not a sortie someone else
// entered (the secretariat's decision, or the feed's réorientation).
import type { AssignmentRole } from './visibility';
import { type CalendarDate, formatFrenchDate } from '@rsa/vocabulary';
import { validateExitCancel, validateExitDate } from './caseload-exit';
import { FILE_ACTION_REFUSED, mayDo } from './file-actions';
import type { Profile } from './profile';

export type AssignmentEndRequest = {
  actor: { login: string; profiles: readonly Profile[] };
  /** The actor holds an assignment in force on this file today (an "own file" of ACCESS.md). */
  actorHoldsFile: boolean;
  assignment: { login: string; role: AssignmentRole; start: CalendarDate; end: CalendarDate | null; endedBy: string | null };
  /** The wanted end date (`YYYY-MM-DD`), or null to clear it (cancel the sortie). */
  newEnd: string | null;
};

export type AssignmentEndDecision = { ok: true } | { ok: false; status: 403 | 422; message: string };

export const ASSIGNMENT_END_MESSAGES = {
  stepByReferent: 'Une affectation de référent d’étape est créée, modifiée et close par un secrétariat ou un cadre uniquement.',
  notOwn: 'Vous ne pouvez saisir une sortie que sur votre propre affectation de référent de parcours.',
  cancel: 'Seuls les secrétariats et les cadres peuvent annuler une sortie de file active.',
  endedBySomeoneElse: 'Cette sortie a été saisie par quelqu’un d’autre : seul un secrétariat ou un cadre peut la modifier.',
  stepEndRequired: 'La date de fin est obligatoire pour un référent d’étape : elle ne peut pas être effacée.',
} as const;

const refused = (status: 403 | 422, message: string): AssignmentEndDecision => ({ ok: false, status, message });

const laterRefused = (end: CalendarDate): string =>
  `Vous pouvez seulement avancer votre date de sortie (actuellement le ${formatFrenchDate(end)}) : la repousser est un acte du secrétariat ou du cadre.`;

/** The one rule of ACCESS.md on assignment end dates; 403 for a right the actor lacks, 422 for a bad date. */
export function decideAssignmentEnd(request: AssignmentEndRequest): AssignmentEndDecision {
  const { actor, assignment, newEnd } = request;
  // Secretariats and cadres: any assignment of the files they act on, within the date rules.
  if (mayDo(actor, 'caseloadExit.cancel', { isOwnFile: false })) {
    if (newEnd === null) {
      if (assignment.role === 'etape') return refused(422, ASSIGNMENT_END_MESSAGES.stepEndRequired);
      const check = validateExitCancel({ end: assignment.end });
      return check.ok ? check : refused(422, check.message);
    }
    const check = validateExitDate({ start: assignment.start }, newEnd);
    return check.ok ? check : refused(422, check.message);
  }
  // Référents: only on their own files; everybody else (siège, secrétariat de structure…) never.
  if (!mayDo(actor, 'caseloadExit.enter', { isOwnFile: true })) return refused(403, FILE_ACTION_REFUSED);
  if (assignment.role !== 'parcours') return refused(403, ASSIGNMENT_END_MESSAGES.stepByReferent);
  if (assignment.login !== actor.login || !request.actorHoldsFile) return refused(403, ASSIGNMENT_END_MESSAGES.notOwn);
  if (assignment.end !== null && assignment.endedBy !== actor.login) return refused(403, ASSIGNMENT_END_MESSAGES.endedBySomeoneElse);
  if (newEnd === null) return refused(403, ASSIGNMENT_END_MESSAGES.cancel);
  const check = validateExitDate({ start: assignment.start }, newEnd);
  if (!check.ok) return refused(422, check.message);
  if (assignment.end !== null && newEnd > assignment.end) return refused(403, laterRefused(assignment.end));
  return { ok: true };
}
