// The CER workflow (C2–C5): objectives, the moves GET transitions allows, documents and the
// SMS signature. Documents are downloaded with the bearer header (download.ts).
import { API_URL } from './api-url';
import { httpClient } from './http-client';
import { downloadFile } from './download';
import type { CerRecord, CerState, CerTemplate, CerTransitionInput } from '../cers/cer.type';

const post = async <T>(path: string, body: unknown): Promise<T> => {
  const { json } = await httpClient(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify(body) });
  return json as T;
};

export const cerMethods = {
  addCerObjective: (cerId: number, objective: { theme: string; description: string }) =>
    post<CerRecord>(`/cers/${cerId}/objectives`, objective),

  async cerTransitions(cerId: number): Promise<CerState[]> {
    const { json } = await httpClient(`${API_URL}/cers/${cerId}/transitions`);
    // The server may list bare states or { to } objects; the console needs the states.
    return (json as Array<CerState | { to: CerState }>).map((t) => (typeof t === 'string' ? t : t.to));
  },

  moveCer: (cerId: number, input: CerTransitionInput) => post<CerRecord>(`/cers/${cerId}/transitions`, input),

  downloadCerDocument: (cerId: number, template: CerTemplate) =>
    downloadFile(`${API_URL}/cers/${cerId}/document?template=${template}`, `CER-${cerId}-${template}.docx`),

  /** Sends the one-time code by SMS to the file's mobile number (C5). */
  startCerSignature: (cerId: number) => post<{ phone?: string; expiresAt?: string }>(`/cers/${cerId}/signature`, {}),
  confirmCerSignature: (cerId: number, code: string) => post<CerRecord>(`/cers/${cerId}/signature/confirm`, { code }),
  downloadSignedCer: (cerId: number) => downloadFile(`${API_URL}/cers/${cerId}/signed-document`, `CER-${cerId}-signe.pdf`),
};
