// Which entries the menu and the home page show: a resource appears when canAccess allows its
// list for the user's profiles (the console and the server ship together: no endpoint probing).
import { useCanAccess } from 'react-admin';
import type { Resource } from '../auth/can-access';

export const useResourceShown = (resource: Resource): boolean => {
  const { canAccess } = useCanAccess({ action: 'list', resource });
  return canAccess === true;
};
