// Events (FEATURES O5): registration from the event or the file, capacity, presence confirmed
// once the day has come. Pure rules; the clock is a parameter.
import { formatFrenchDate, type CalendarDate } from '@rsa/vocabulary';
import type { Check, Refusal } from './positionnement';

export type EventFacts = { id: number; title: string; active: boolean; date: CalendarDate; capacity: number | null };

const refuse = (status: Refusal['status'], message: string, field?: string): Refusal => ({ ok: false, status, message, ...(field ? { field } : {}) });

/** May this person be registered? `registered`: registrations so far; `already`: this person is. */
export function checkRegistration(event: EventFacts | null, registered: number, already: boolean): Check {
  if (!event) return refuse(422, 'Choisissez un événement existant.', 'event');
  if (!event.active) return refuse(422, `L’événement « ${event.title} » est désactivé : on ne peut plus s’y inscrire.`, 'event');
  if (already) return refuse(409, `Cette personne est déjà inscrite à « ${event.title} ».`, 'beneficiary');
  if (event.capacity !== null && registered >= event.capacity) {
    return refuse(409, `L’événement « ${event.title} » est complet (${event.capacity} place${event.capacity > 1 ? 's' : ''}).`, 'event');
  }
  return { ok: true, value: true };
}

/** Presence is confirmed (or not) from the day of the event on. */
export function checkPresence(event: Pick<EventFacts, 'date'>, present: unknown, today: CalendarDate): Check<boolean> {
  if (typeof present !== 'boolean') return refuse(422, 'Indiquez si la personne était présente (oui ou non).', 'present');
  if (today < event.date) return refuse(409, `La présence se confirme à partir du jour de l’événement (${formatFrenchDate(event.date)}).`, 'present');
  return { ok: true, value: present };
}
