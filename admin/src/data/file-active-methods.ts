// Non-CRUD operations of the file active (F6, F7, F8, F9, F10, F12) as the console API names
// them. Each answers the server's JSON; errors carry the server's French message.
import { API_URL } from './api-url';
import { httpClient } from './http-client';
import type { TimelineItem } from '../beneficiaries/beneficiary.type';

const send = async <T = unknown>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> => {
  const { json } = await httpClient(`${API_URL}${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return json as T;
};

export type StepReferentInput = { beneficiary: number; login: string; start: string; end: string };
export type StandbyInput = { beneficiary: number; start: string; end: string | null; motif: string };
export type CharacteristicInput = { beneficiary: number; family: string; name: string; value: string };
export type NoteInput = { beneficiary: number; text: string; visibility: 'public' | 'private' | 'assigned'; assignedTo?: string | null };

export const fileActiveMethods = {
  /** Sortie de file active: the end date of a référent de parcours assignment (F7). */
  enterCaseloadExit: (assignmentId: number, end: string) => send('PUT', `/assignments/${assignmentId}`, { end }),
  /** Clears the end date again (secretariats and cadres only). */
  cancelCaseloadExit: (assignmentId: number) => send('PUT', `/assignments/${assignmentId}`, { end: null }),
  addStepReferent: (input: StepReferentInput) => send('POST', '/assignments', { ...input, role: 'etape' }),

  addStandby: (input: StandbyInput) => send('POST', '/standbys', input),
  /** Ending keeps the veille in the history; deleting leaves no trace (F6). */
  endStandby: (standbyId: number, end: string) => send('PUT', `/standbys/${standbyId}`, { end }),
  deleteStandby: (standbyId: number) => send('DELETE', `/standbys/${standbyId}`),

  updateCharacteristic: (input: CharacteristicInput) => send('POST', '/characteristics', input),
  updateContact: (beneficiaryId: number, contact: { phone: string | null; email: string | null }) =>
    send('PUT', `/beneficiaries/${beneficiaryId}/contact`, contact),
  requestMidem: (beneficiaryId: number, request: { motif: string; requestedOn: string }) =>
    send('POST', `/beneficiaries/${beneficiaryId}/midem-request`, request),

  addNote: (input: NoteInput) => send('POST', '/notes', input),
  closeNote: (noteId: number) => send('PUT', `/notes/${noteId}`, { closed: true }),

  async timeline(beneficiaryId: number): Promise<TimelineItem[]> {
    const { json } = await httpClient(`${API_URL}/beneficiaries/${beneficiaryId}/timeline`);
    return json as TimelineItem[];
  },
};
