// Sortie de file active (F7): the end date of the référent's assignment. After that date the
// référent no longer sees the file, so the console proposes the end of this month or of the
// next (the guide's convention), leaving time to file documents and FSE questionnaires.
import { type CalendarDate, addMonths, formatFrenchDate, isCalendarDate, lastDayOfMonth } from '@rsa/vocabulary';

export type Validation = { ok: true } | { ok: false; message: string };

export function suggestedExitDates(today: CalendarDate): [CalendarDate, CalendarDate] {
  // Next month is reached from the 1st, so the day of the month never matters.
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  return [lastDayOfMonth(firstOfMonth), lastDayOfMonth(addMonths(firstOfMonth, 1))];
}

// A past date is allowed (the référent may record a sortie that already happened): the
// warning tells them they lose the file at once.
export function validateExitDate(assignment: { start: CalendarDate }, end: string): Validation {
  if (!isCalendarDate(end)) return { ok: false, message: 'La date de sortie n’est pas une date valide.' };
  if (end < assignment.start) {
    return {
      ok: false,
      message: `La date de sortie ne peut pas précéder le début de l’affectation (${formatFrenchDate(assignment.start)}).`,
    };
  }
  return { ok: true };
}

export function exitWarning(end: CalendarDate): string {
  return `Après le ${formatFrenchDate(end)}, vous n’aurez plus accès à ce dossier.`;
}

export function validateExitCancel(assignment: { end: CalendarDate | null }): Validation {
  return assignment.end === null
    ? { ok: false, message: 'Cette affectation n’a pas de date de sortie à annuler.' }
    : { ok: true };
}

// A référent d'étape is a temporary replacement: without an end date it would keep the file for ever.
export function validateStepReferent(input: { start: string; end: string | null }): Validation {
  if (!isCalendarDate(input.start)) {
    return { ok: false, message: 'La date de début du référent d’étape est obligatoire et doit être une date valide.' };
  }
  if (input.end === null || input.end.trim() === '') {
    return { ok: false, message: 'La date de fin est obligatoire pour un référent d’étape.' };
  }
  if (!isCalendarDate(input.end)) return { ok: false, message: 'La date de fin du référent d’étape n’est pas une date valide.' };
  if (input.end < input.start) {
    return { ok: false, message: 'La date de fin du référent d’étape ne peut pas précéder sa date de début.' };
  }
  return { ok: true };
}
