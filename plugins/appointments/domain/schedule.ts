// When an appointment takes place (FEATURES A1, A2): a Paris wall-clock start, a duration in
// minutes, and the conflict check against the collaborator's agenda. Pure: `now` is a parameter.
import { formatFrenchDate, parisLocalClock, parisLocalDate, parisLocalToInstant, toParisLocal, type ParisLocalTime } from '@rsa/vocabulary';
import { isCancelled, type AppointmentStatus } from './appointment-status';

export const MAX_DURATION_MINUTES = 24 * 60;

export type Slot = { startLocal: ParisLocalTime; startsAt: Date; endsAt: Date; duration: number };
export type SlotCheck = { ok: true; slot: Slot } | { ok: false; message: string; field: 'start' | 'duration' };

/**
 * The slot of `start` (`YYYY-MM-DDTHH:MM`, Europe/Paris) and `duration` (minutes, 1 to 1 440).
 * `isNew`: a new appointment (or a moved one) may not start in the past.
 */
export function checkSlot(start: unknown, duration: unknown, now: Date, options: { isNew: boolean }): SlotCheck {
  const startsAt = typeof start === 'string' ? parisLocalToInstant(start) : null;
  if (startsAt === null) {
    return { ok: false, field: 'start', message: 'Date et heure du rendez-vous invalides : attendu AAAA-MM-JJTHH:MM, heure de Paris existante.' };
  }
  const minutes = typeof duration === 'string' && /^\d+$/.test(duration) ? Number(duration) : duration;
  if (typeof minutes !== 'number' || !Number.isInteger(minutes) || minutes <= 0 || minutes > MAX_DURATION_MINUTES) {
    return { ok: false, field: 'duration', message: 'Durée invalide : un nombre entier de minutes, de 1 à 1 440 (une journée).' };
  }
  if (options.isNew && startsAt.getTime() < now.getTime()) {
    return { ok: false, field: 'start', message: `Le rendez-vous ne peut pas être fixé dans le passé (${describeStart(String(start))}).` };
  }
  return { ok: true, slot: { startLocal: String(start), startsAt, endsAt: new Date(startsAt.getTime() + minutes * 60_000), duration: minutes } };
}

/** « le 10/12/2026 à 14:30 ». */
export const describeStart = (startLocal: ParisLocalTime): string => `le ${formatFrenchDate(parisLocalDate(startLocal))} à ${parisLocalClock(startLocal)}`;

export type AgendaEntry = { id: number; startsAt: Date; endsAt: Date; status: AppointmentStatus };

/** Half-open intervals: an appointment ending at 10:00 and one starting at 10:00 do not overlap. */
export const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/** The first appointment of the agenda that the slot overlaps (cancelled ones free their slot), itself excepted. */
export function findConflict<T extends AgendaEntry>(slot: { startsAt: Date; endsAt: Date }, agenda: readonly T[], ignoreId: number | null = null): T | null {
  const hits = agenda.filter((e) => e.id !== ignoreId && !isCancelled(e.status) && overlaps(slot, e));
  hits.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id);
  return hits[0] ?? null;
}

/** The French 409 message naming the conflict (with the person only when the caller may see the file). */
export function conflictMessage(conflict: { startsAt: Date; endsAt: Date; collaboratorName: string; who: string | null }): string {
  const start = toParisLocal(conflict.startsAt);
  const end = toParisLocal(conflict.endsAt);
  const whom = conflict.who ? ` avec ${conflict.who}` : '';
  return `Conflit d’agenda : ${conflict.collaboratorName} a déjà un rendez-vous${whom} ${describeStart(start)} jusqu’à ${parisLocalClock(end)}. Enregistrer quand même ?`;
}
