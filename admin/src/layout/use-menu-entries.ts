// Which entries the menu and the home page show: a resource appears only when canAccess allows
// its list for the user's profiles and, for resources still arriving on the server, once its
// endpoint answers. No empty placeholder pages.
import { useCanAccess } from 'react-admin';
import { probeList, useEndpointAvailable } from '../data/use-endpoint-available';
import type { Resource } from '../auth/can-access';

const useListAllowed = (resource: Resource): boolean => {
  const { canAccess } = useCanAccess({ action: 'list', resource });
  return canAccess === true;
};

/** Lists that exist now on every server of this version. */
const STABLE: ReadonlySet<Resource> = new Set(['beneficiaries', 'audit-entries']);

export const useResourceShown = (resource: Resource): boolean => {
  const allowed = useListAllowed(resource);
  const available = useEndpointAvailable(probeList(resource), allowed && !STABLE.has(resource));
  return allowed && (STABLE.has(resource) || available);
};
