// Mise en demeure requested from the application (F9, guide "MISE EN DEMEURE"): the référent
// fills "Motif demande de MIDEM" and "Date demande de MIDEM"; the secretariat issues it in
// Genesis, whose feed then brings a new "Date MIDEM". The request is handled as soon as that
// date is later than the request date.
import { type CalendarDate, isCalendarDate } from '@rsa/vocabulary';

export type MidemRequest = { requestedOn: CalendarDate | null; motif: string | null };

export type MidemRequestStatus = 'aucune' | 'en_attente' | 'traitee';

export const MIDEM_REQUEST_STATUS_LABELS: Readonly<Record<MidemRequestStatus, string>> = {
  aucune: 'Aucune demande',
  en_attente: 'Demande en attente',
  traitee: 'Demande traitée',
};

// A Date MIDEM on the very day of the request may be an earlier mise en demeure entered that
// morning: only a later date proves the request was handled (the guide's "postérieure").
export function midemRequestStatus(request: MidemRequest, feedMidemDate: CalendarDate | null): MidemRequestStatus {
  if (request.requestedOn === null) return 'aucune';
  if (feedMidemDate !== null && feedMidemDate > request.requestedOn) return 'traitee';
  return 'en_attente';
}

export type MidemRequestValidation =
  | { ok: true; request: { requestedOn: CalendarDate; motif: string } }
  | { ok: false; errors: string[] };

// The guide asks for today's date; an earlier one is accepted (a request made by phone
// yesterday), a future one is not.
export function validateMidemRequest(input: { requestedOn: string; motif: string }, today: CalendarDate): MidemRequestValidation {
  const errors: string[] = [];
  const motif = input.motif.trim();
  if (motif === '') errors.push('Le motif de la demande de mise en demeure est obligatoire.');
  if (!isCalendarDate(input.requestedOn)) {
    errors.push('La date de la demande de mise en demeure n’est pas une date valide.');
  } else if (input.requestedOn > today) {
    errors.push('La date de la demande de mise en demeure ne peut pas être dans le futur.');
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, request: { requestedOn: input.requestedOn, motif } };
}
