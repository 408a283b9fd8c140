// Documents (CER .docx, Excel exports) are fetched with the bearer header and saved from a blob:
// a plain link would need the token in its URL, which ACCESS.md forbids.
import { HttpError } from 'react-admin';
import { authHeaders } from './http-client';

const filenameFrom = (disposition: string | null, fallback: string): string => {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
};

/** `body`: the request is a POST of that JSON (criteria that may carry names stay out of the URL). */
export async function downloadFile(url: string, fallbackName: string, body?: unknown): Promise<string> {
  const response = await fetch(
    url,
    body === undefined
      ? { headers: authHeaders({ Accept: '*/*' }) }
      : { method: 'POST', headers: authHeaders({ Accept: '*/*', 'Content-Type': 'application/json' }), body: JSON.stringify(body) },
  );
  if (!response.ok) {
    let message = `Téléchargement impossible (erreur ${response.status}).`;
    let body: unknown = null;
    try {
      body = await response.json();
      const text = (body as { message?: unknown }).message;
      if (typeof text === 'string' && text) message = text;
    } catch {
      /* not JSON: keep the generic sentence */
    }
    throw new HttpError(message, response.status, body);
  }
  const blob = await response.blob();
  const name = filenameFrom(response.headers.get('Content-Disposition'), fallbackName);
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the save before the blob goes away.
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return name;
}
