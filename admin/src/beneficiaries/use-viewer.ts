// The logged-in collaborator as the Résumé's permission checks need it.
import { useGetIdentity } from 'react-admin';
import type { Profile } from '../auth/can-access';
import type { Viewer } from './file-actions';

export const useViewer = (): Viewer => {
  const { identity } = useGetIdentity();
  return { profiles: (identity?.profiles as Profile[] | undefined) ?? [], login: (identity?.login as string | undefined) ?? '' };
};
