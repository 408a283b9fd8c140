// What the Résumé offers on a file: the detail's `actions`, computed by the server from the same
// rules it enforces. The console and the server ship together: no rule restated here, and a
// detail without `actions` offers nothing. (The viewer and assignment arguments are kept for
// the callers; the server's list already speaks for this viewer and the file's assignments.)
import type { Profile } from '../auth/can-access';
import type { Assignment, Beneficiary, FileAction } from './beneficiary.type';

export type Viewer = { profiles: readonly Profile[]; login: string };

export function isActionAllowed(
  action: FileAction,
  file: Pick<Beneficiary, 'actions'>,
  _viewer?: Viewer,
  _assignment: Assignment | null = null,
): boolean {
  return file.actions?.includes(action) ?? false;
}
