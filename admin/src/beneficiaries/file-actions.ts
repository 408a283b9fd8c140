// What the Résumé offers on a file. The detail's `actions` (computed by the server from the
// same rules it enforces) is the answer when present; older servers without it fall back to
// the console's canAccess for the assignment operations, and offer nothing else.
import { canAccess, type Profile } from '../auth/can-access';
import type { Assignment, Beneficiary, FileAction } from './beneficiary.type';

export type Viewer = { profiles: readonly Profile[]; login: string };

export function isActionAllowed(
  action: FileAction,
  file: Pick<Beneficiary, 'actions'>,
  viewer: Viewer,
  assignment: Assignment | null = null,
): boolean {
  if (file.actions) return file.actions.includes(action);
  switch (action) {
    case 'caseloadExit.enter':
      return (
        assignment !== null && canAccess(viewer.profiles, { action: 'edit', resource: 'assignments', record: assignment }, viewer.login)
      );
    case 'caseloadExit.cancel':
      // Only secretariats and cadres clear an end date (ACCESS.md), never the référent.
      return viewer.profiles.some((p) => p === 'secretariat' || p === 'cadre');
    case 'stepReferent.add':
      return canAccess(viewer.profiles, { action: 'create', resource: 'assignments' }, viewer.login);
    default:
      return false;
  }
}
