// Every API call goes through here: it adds the bearer token (never put in a URL) and turns the
// API's French `message` into the error text react-admin shows in its notifications.
import { fetchUtils, HttpError } from 'react-admin';
import { sessionStore } from '../auth/session-store';

type Options = fetchUtils.Options;

export const authHeaders = (extra?: HeadersInit): Headers => {
  const headers = new Headers(extra ?? { Accept: 'application/json' });
  const token = sessionStore.token();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  return headers;
};

// fetchJson already throws HttpError(status, body) on non-2xx; its message is the status text,
// which users should never see when the server wrote them a sentence.
const messageOf = (error: HttpError): string => {
  const body = error.body as { message?: unknown; error?: { message?: unknown } } | undefined;
  if (typeof body?.message === 'string' && body.message) return body.message;
  if (typeof body?.error?.message === 'string' && body.error.message) return body.error.message;
  if (error.status === 0 || error.status === undefined) return 'Le serveur ne répond pas. Vérifiez votre connexion.';
  return `Erreur ${error.status} : ${error.message}`;
};

/**
 * The server names the field a refusal is about (`error.details.field`); react-admin shows
 * `body.errors` on the fields of the form that sent it (pessimistic saves, Form onSubmit).
 */
export const withFieldErrors = (body: unknown, message: string): unknown => {
  const field = (body as { error?: { details?: { field?: unknown } | null } } | null)?.error?.details?.field;
  if (typeof field !== 'string' || field === '' || body === null || typeof body !== 'object') return body;
  return { ...body, errors: { [field]: message } };
};

export const httpClient = async (url: string, options: Options = {}) => {
  const headers = authHeaders(options.headers as HeadersInit | undefined);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers });
  } catch (error) {
    if (error instanceof HttpError) throw new HttpError(messageOf(error), error.status, withFieldErrors(error.body, messageOf(error)));
    throw new HttpError('Le serveur ne répond pas. Vérifiez votre connexion.', 0, null);
  }
};
