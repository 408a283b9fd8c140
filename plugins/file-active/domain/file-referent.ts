// "The file's référent" of ACCESS.md's CER table (create, submit, signature): the référent de
// parcours in force today. A référent d'étape is a temporary replacement who sees the file
// ("own files" for notes, veilles, documents) but does not carry the person's contract.
import type { CalendarDate } from '@rsa/vocabulary';
import { assignmentInForce, type Assignment } from './visibility';

export function isFileReferent(
  assignments: readonly Pick<Assignment, 'login' | 'role' | 'start' | 'end'>[],
  login: string,
  today: CalendarDate,
): boolean {
  return assignments.some((a) => a.login === login && a.role === 'parcours' && assignmentInForce(a, today));
}
