// Veilles (F6): a file "set aside" for a while, with dates and a motif. The product rule, kept
// from the guide on purpose, is that a veille never ends by itself: its end date is a plan until
// someone ends it (the alert "veilles ending within X days" reminds them). So a veille is either
// open (endedOn null: in force from its start, whatever its planned end) or ended (endedOn set:
// history only). Deleting a veille removes it without trace; ending it keeps it in the history.
import { type CalendarDate, type FileState, addDays, formatFrenchDate, isCalendarDate } from '@rsa/vocabulary';

export type Standby = {
  id?: string;
  start: CalendarDate;
  // Planned last day while open; actual last day once ended.
  end: CalendarDate | null;
  motif: string;
  // Day the veille was ended by a user; null while open.
  endedOn: CalendarDate | null;
};

export type StandbyInput = { start: string; end: string | null; motif: string };

export type Enrolment = { entryDate: CalendarDate; exitDate: CalendarDate | null };

export { FILE_STATE_LABELS, type FileState } from '@rsa/vocabulary';

export type StandbyResult = { ok: true; standby: Standby } | { ok: false; errors: string[] };

export const MOTIF_MAX_LENGTH = 500;

export function standbyInForce(standby: Standby, today: CalendarDate): boolean {
  return standby.endedOn === null && standby.start <= today;
}

// The dispositif exit is not used by the département (guide: "la saisie d'une sortie n'est pas
// utilisée") but the state exists and wins when present.
export function fileState(enrolment: Enrolment, standbys: readonly Standby[], today: CalendarDate): FileState {
  if (enrolment.exitDate !== null && enrolment.exitDate <= today) return 'sortie';
  return standbys.some((s) => standbyInForce(s, today)) ? 'veille' : 'entree';
}

// Days a veille occupies, for the overlap check: an open one runs on until it is ended.
function occupiedUntil(standby: Standby): CalendarDate | null {
  return standby.endedOn === null ? null : standby.end;
}

function overlaps(a: Standby, b: Standby): boolean {
  const aEnd = occupiedUntil(a);
  const bEnd = occupiedUntil(b);
  return (bEnd === null || a.start <= bEnd) && (aEnd === null || b.start <= aEnd);
}

function overlapMessage(other: Standby): string {
  const end = occupiedUntil(other);
  return end === null
    ? `Cette veille chevauche la veille en cours depuis le ${formatFrenchDate(other.start)} : terminez-la d’abord.`
    : `Cette veille chevauche la veille du ${formatFrenchDate(other.start)} au ${formatFrenchDate(end)}.`;
}

export type StandbyContext = {
  entryDate: CalendarDate;
  existing: readonly Standby[];
  today: CalendarDate;
  // When modifying a veille: its id, so that it is not compared with itself.
  editingId?: string;
};

// Checks a veille being added or modified and returns it ready to store. A veille entered with
// an end date already past is recorded as ended at once (it is history being typed in);
// a modified veille that was ended stays ended while its end is not in the future.
export function validateStandby(input: StandbyInput, context: StandbyContext): StandbyResult {
  const errors: string[] = [];
  const motif = input.motif.trim();
  const startValid = isCalendarDate(input.start);
  const endValid = input.end === null || isCalendarDate(input.end);
  if (!startValid) errors.push('La date de début de la veille est obligatoire et doit être une date valide.');
  if (!endValid) errors.push('La date de fin de la veille n’est pas une date valide.');
  if (startValid && endValid && input.end !== null && input.end < input.start) {
    errors.push('La date de fin de la veille ne peut pas précéder sa date de début.');
  }
  if (startValid && input.start < context.entryDate) {
    errors.push(
      `La veille ne peut pas commencer avant l’entrée dans le dispositif (${formatFrenchDate(context.entryDate)}).`,
    );
  }
  if (motif === '') errors.push('Le motif de la veille est obligatoire.');
  if (motif.length > MOTIF_MAX_LENGTH) {
    errors.push(`Le motif de la veille ne doit pas dépasser ${MOTIF_MAX_LENGTH} caractères.`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const previous = context.editingId === undefined ? undefined : context.existing.find((s) => s.id === context.editingId);
  const { today } = context;
  const end = input.end;
  const staysEnded = previous?.endedOn != null && end !== null && end <= today;
  const endedOn = staysEnded ? previous.endedOn : end !== null && end < today ? today : null;
  const standby: Standby = {
    ...(previous?.id === undefined ? {} : { id: previous.id }),
    start: input.start,
    end,
    motif,
    endedOn,
  };

  const others = context.existing.filter((s) => context.editingId === undefined || s.id !== context.editingId);
  const clash = others.find((other) => overlaps(standby, other));
  if (clash !== undefined) return { ok: false, errors: [overlapMessage(clash)] };
  return { ok: true, standby };
}

// "Terminer la veille": the end date becomes the actual last day, today or earlier.
export function endStandby(standby: Standby, end: string, today: CalendarDate): StandbyResult {
  if (standby.endedOn !== null) return { ok: false, errors: ['Cette veille est déjà terminée.'] };
  if (!isCalendarDate(end)) return { ok: false, errors: ['La date de fin de la veille n’est pas une date valide.'] };
  const errors: string[] = [];
  if (end < standby.start) errors.push('La date de fin de la veille ne peut pas précéder sa date de début.');
  if (end > today) {
    errors.push('Une veille se termine à la date du jour ou à une date passée : la date de fin ne peut pas être future.');
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, standby: { ...standby, end, endedOn: today } };
}

// Open veilles whose planned end falls within `days` days from today, soonest first. Those
// already past their planned end are included: they are the ones that most need ending.
export function standbysEndingWithin(standbys: readonly Standby[], today: CalendarDate, days: number): Standby[] {
  const limit = addDays(today, days);
  return standbys
    .filter((s): s is Standby & { end: CalendarDate } => s.endedOn === null && s.end !== null && s.end <= limit)
    .sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
}
