// Some resources are still being written on the server. The console offers a menu entry or a
// card only once its endpoint answers, rather than leading users to an empty page: one cheap
// request per resource and session, cached by react-query.
import { useQuery } from '@tanstack/react-query';
import { HttpError } from 'react-admin';
import { API_URL } from './api-url';
import { httpClient } from './http-client';

export async function isEndpointAvailable(path: string): Promise<boolean> {
  try {
    await httpClient(`${API_URL}/${path}`);
    return true;
  } catch (error) {
    // 404 / 405 / 501: the route does not exist (yet). A 400 means it exists but wants other
    // parameters; 401/403 are the session's business, not the endpoint's.
    if (error instanceof HttpError && [404, 405, 501].includes(error.status)) return false;
    if (error instanceof HttpError && error.status >= 500) return false;
    return true;
  }
}

export const useEndpointAvailable = (path: string, enabled = true): boolean =>
  useQuery({
    queryKey: ['rsa', 'endpoint-available', path],
    queryFn: () => isEndpointAvailable(path),
    enabled,
    staleTime: Infinity,
    retry: false,
  }).data ?? false;

/** A list query that answers at most one row: enough to know the resource is served. */
export const probeList = (resource: string, filter: Record<string, unknown> = {}) =>
  `${resource}?${new URLSearchParams({ range: JSON.stringify([0, 0]), filter: JSON.stringify(filter) })}`;
