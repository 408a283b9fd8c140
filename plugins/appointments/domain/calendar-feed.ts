// The iCalendar subscription (FEATURES A7): today −10 days to +90 days, with the place, without
// cancelled appointments nor absences; stable UIDs and a SEQUENCE that grows at every change so
// Outlook updates an event instead of duplicating it; no more personal data than the agenda needs
// (initials and file number, never notes nor the synthèse). Pure: `today` is a parameter.
import { addDays, type CalendarDate } from '@rsa/vocabulary';
import { isAbsence, isCancelled, type AppointmentStatus } from './appointment-status';

export const FEED_DAYS_BEFORE = 10;
export const FEED_DAYS_AFTER = 90;
export const UID_DOMAIN = 'accompagnement-rsa';

export const feedWindow = (today: CalendarDate): { from: CalendarDate; to: CalendarDate } => ({
  from: addDays(today, -FEED_DAYS_BEFORE),
  to: addDays(today, FEED_DAYS_AFTER),
});

export const inFeed = (status: AppointmentStatus): boolean => !isCancelled(status) && !isAbsence(status);

/** "Élodie" "Fayolle" → "É. F." */
export const initials = (firstName: string | null, lastName: string | null): string =>
  [firstName, lastName]
    .map((part) => (part ?? '').trim())
    .filter(Boolean)
    .map((part) => `${part[0].toLocaleUpperCase('fr-FR')}.`)
    .join(' ');

export type FeedAppointment = {
  id: number;
  startsAt: Date;
  endsAt: Date;
  status: AppointmentStatus;
  sequence: number;
  type: string;
  theme: string;
  place: string;
  firstName: string | null;
  lastName: string | null;
  fileNumber: string | null;
};

export type FeedEvent = { uid: string; sequence: number; start: Date; end: Date; summary: string; location: string; description: string };

export const eventUid = (id: number): string => `rdv-${id}@${UID_DOMAIN}`;

export function feedEvents(appointments: readonly FeedAppointment[]): FeedEvent[] {
  return appointments
    .filter((a) => inFeed(a.status))
    .map((a) => {
      const who = [initials(a.firstName, a.lastName), a.fileNumber ? `dossier ${a.fileNumber}` : null].filter(Boolean).join(' – ');
      return {
        uid: eventUid(a.id),
        sequence: a.sequence,
        start: a.startsAt,
        end: a.endsAt,
        summary: `RDV RSA ${who}`.trim(),
        location: a.place,
        description: `${a.type} – ${a.theme}`,
      };
    });
}
