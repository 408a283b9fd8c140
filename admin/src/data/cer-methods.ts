// The CER workflow (C2–C5): objectives and their links, the moves the server offers, documents
// and the SMS signature. Documents are downloaded with the bearer header (download.ts).
import { API_URL } from './api-url';
import { httpClient } from './http-client';
import { downloadFile } from './download';
import type { CerObjective, CerRecord, CerTemplate, CerTransitionInput } from '../cers/cer.type';

const send = async <T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> => {
  const { json } = await httpClient(`${API_URL}${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return json as T;
};

export type CerObjectiveInput = { theme: string; description: string };
export type CerSignaturePreview = { template: CerTemplate; fingerprint: string; text: string };

export const cerMethods = {
  addCerObjective: (cerId: number, objective: CerObjectiveInput) => send<CerObjective>('POST', `/cers/${cerId}/objectives`, objective),
  updateCerObjective: (cerId: number, objectiveId: number, objective: Partial<CerObjectiveInput>) =>
    send<CerObjective>('PUT', `/cers/${cerId}/objectives/${objectiveId}`, objective),
  deleteCerObjective: (cerId: number, objectiveId: number) => send<CerObjective>('DELETE', `/cers/${cerId}/objectives/${objectiveId}`),
  /** « Lier à un objectif »: an étape or a positionnement of the file (the kinds the CER detail offers). */
  linkCerObjective: (cerId: number, objectiveId: number, link: { kind: string; targetId: number }) =>
    send<{ id: number }>('POST', `/cers/${cerId}/objectives/${objectiveId}/links`, link),
  unlinkCerObjective: (cerId: number, objectiveId: number, linkId: number) =>
    send<unknown>('DELETE', `/cers/${cerId}/objectives/${objectiveId}/links/${linkId}`),

  moveCer: (cerId: number, input: CerTransitionInput) => send<CerRecord>('POST', `/cers/${cerId}/transitions`, input),

  downloadCerDocument: (cerId: number, template: CerTemplate) =>
    downloadFile(`${API_URL}/cers/${cerId}/document?template=${template}`, `CER-${cerId}-${template}.docx`),

  /** The exact document the code will sign, before any SMS (its text and fingerprint). */
  async cerSignaturePreview(cerId: number): Promise<CerSignaturePreview> {
    const { json } = await httpClient(`${API_URL}/cers/${cerId}/signature/preview`);
    return json as CerSignaturePreview;
  },
  /** Sends the one-time code by SMS, for the document previewed (refused if the CER changed since). */
  startCerSignature: (cerId: number, shownFingerprint: string) =>
    send<{ phoneMasked?: string; expiresAt?: string }>('POST', `/cers/${cerId}/signature`, { shownFingerprint }),
  confirmCerSignature: (cerId: number, code: string) => send<CerRecord>('POST', `/cers/${cerId}/signature/confirm`, { code }),
  downloadSignedCer: (cerId: number) => downloadFile(`${API_URL}/cers/${cerId}/signed-document`, `CER-${cerId}-signe.pdf`),
};
