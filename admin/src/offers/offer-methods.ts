// Positionnements (CONTRACT.md `enrolments`): the moves and the attendance as named methods.
import { API_URL } from '../data/api-url';
import { httpClient } from '../data/http-client';
import { downloadFile } from '../data/download';
import type { Enrolment } from './offer.type';
import type { EventRegistration, PersonResult } from './event.type';

const send = async <T>(method: string, path: string, body: unknown): Promise<T> => {
  const { json } = await httpClient(`${API_URL}${path}`, { method, body: JSON.stringify(body) });
  return json as T;
};

export type EnrolInput = { beneficiary?: number; beneficiaries?: number[]; offer: number; session?: number | null; plannedStart: string; plannedEnd: string };
export type MoveInput = { to: 'etape' | 'refuse' | 'termine'; realStart?: string; realEnd?: string; endReason?: string; comment?: string; collaborator?: string };
export type SelectionEnrolInput = Omit<EnrolInput, 'beneficiary' | 'beneficiaries'> & { selection: number };

export const offerMethods = {
  enrol: (input: EnrolInput) => send<Enrolment>('POST', '/enrolments', input),
  moveEnrolment: (id: number, input: MoveInput) => send<Enrolment>('POST', `/enrolments/${id}/transitions`, input),
  setAttendance: (id: number, attendanceHours: string) => send<Enrolment>('PUT', `/enrolments/${id}`, { attendanceHours }),
  /** A saved selection, person by person: each one's result. */
  enrolSelection: (input: SelectionEnrolInput) => send<{ results: PersonResult[] }>('POST', '/enrolments', input),
  registerToEvent: (event: number, beneficiary: number) => send<EventRegistration>('POST', '/event-registrations', { event, beneficiary }),
  registerSelectionToEvent: (event: number, selection: number) => send<{ results: PersonResult[] }>('POST', '/event-registrations', { event, selection }),
  confirmPresence: (id: number, present: boolean) => send<EventRegistration>('PUT', `/event-registrations/${id}`, { present }),
  downloadOfferReport: () => downloadFile(`${API_URL}/offer-reports/export`, 'rapport-offres-de-service.xlsx'),
};
