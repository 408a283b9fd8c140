// The « beyond » rules of FSE+ étapes (FEATURES O6): the old tool let a person be on two FSE
// étapes at once and on dates outside the operation; here both are refused when an étape is
// created or changed (offers plugin → step-rules extension point), and the same two rules find
// the conflicts already in the data for the gestionnaire FSE. Plain data, no clock needed.
import { formatFrenchDate, type CalendarDate } from '@rsa/vocabulary';

/** The dates an étape holds, as the offers plugin stores them. */
export type StepDates = {
  plannedStart: CalendarDate | null;
  plannedEnd: CalendarDate | null;
  realStart: CalendarDate | null;
  realEnd: CalendarDate | null;
};

export type Period = { start: CalendarDate; end: CalendarDate };

export type OperationFacts = { code: string; name: string; start: CalendarDate; end: CalendarDate };

/** Another FSE étape of the same person (accepted: en étape or terminée). */
export type OtherFseStep = StepDates & { id: number; offerTitle: string };

export type FseRefusal = { ok: false; status: 422; message: string; field: string };

/** States of the offers plugin in which a positionnement is an étape. */
export const STEP_STATES = ['etape', 'termine'] as const;

/**
 * The period an étape occupies: real dates where entered, planned ones otherwise (an étape in
 * progress occupies up to its planned end until its real end is entered).
 */
export const occupiedPeriod = (s: StepDates): Period | null => {
  const start = s.realStart ?? s.plannedStart;
  const end = s.realEnd ?? s.plannedEnd;
  return start && end ? { start, end } : null;
};

/** Whole days, both ends included: an étape ending on the 31/03 and one starting that day overlap. */
export const overlaps = (a: Period, b: Period): boolean => a.start <= b.end && b.start <= a.end;

const period = (p: Period) => `du ${formatFrenchDate(p.start)} au ${formatFrenchDate(p.end)}`;

const DATE_FIELDS: ReadonlyArray<[keyof StepDates, string]> = [
  ['plannedStart', 'début prévu'],
  ['plannedEnd', 'fin prévue'],
  ['realStart', 'début réel'],
  ['realEnd', 'fin réelle'],
];

/** The first entered date of the étape outside the operation's period, or null. */
export const dateOutsideOperation = (s: StepDates, op: Pick<OperationFacts, 'start' | 'end'>): { field: keyof StepDates; label: string; date: CalendarDate } | null => {
  for (const [field, label] of DATE_FIELDS) {
    const date = s[field];
    if (date && (date < op.start || date > op.end)) return { field, label, date };
  }
  return null;
};

/** The other FSE étapes whose occupied period meets this one's. */
export const overlappingSteps = (s: StepDates, others: readonly OtherFseStep[]): OtherFseStep[] => {
  const mine = occupiedPeriod(s);
  if (!mine) return [];
  return others.filter((o) => {
    const theirs = occupiedPeriod(o);
    return theirs !== null && overlaps(mine, theirs);
  });
};

/**
 * May an étape on an FSE offer have these dates? Refused (422, French message naming what to
 * change) when a date falls outside the operation, or when the person already has another FSE
 * étape over the same days.
 */
export function checkFseStep(step: StepDates, operation: OperationFacts, others: readonly OtherFseStep[]): FseRefusal | null {
  const outside = dateOutsideOperation(step, operation);
  if (outside) {
    return {
      ok: false,
      status: 422,
      field: outside.field,
      message: `La date de ${outside.label} (${formatFrenchDate(outside.date)}) est hors de l’opération FSE « ${operation.name} », ${period(operation)} : les dates d’une étape FSE doivent être comprises dans l’opération.`,
    };
  }
  const [clash] = overlappingSteps(step, others);
  if (clash) {
    const theirs = occupiedPeriod(clash) as Period;
    return {
      ok: false,
      status: 422,
      field: step.realStart ? 'realStart' : 'plannedStart',
      message: `Cette personne est déjà sur l’étape FSE « ${clash.offerTitle} » ${period(theirs)} : une personne ne peut être que sur une étape FSE à la fois. Ajustez d’abord la date de fin réelle de cette étape.`,
    };
  }
  return null;
}

/** An FSE étape as the conflict list reads it. */
export type FseStepRow = StepDates & { id: number; beneficiaryId: number; operationStart: CalendarDate; operationEnd: CalendarDate };

export type Conflict =
  | { kind: 'overlap'; beneficiaryId: number; stepId: number; otherStepId: number }
  | { kind: 'outside_operation'; beneficiaryId: number; stepId: number; otherStepId: null };

export const CONFLICT_LABELS: Readonly<Record<Conflict['kind'], string>> = {
  overlap: 'Chevauchement avec une autre étape FSE',
  outside_operation: 'Dates hors de l’opération',
};

/**
 * The conflicts the data already hold (étapes taken over, or entered before the rules): every
 * pair of overlapping FSE étapes of one person (once, lower id first), every étape with a date
 * outside its operation. The SQL of the conflict list restates this; a property test pins them.
 */
export function findConflicts(steps: readonly FseStepRow[]): Conflict[] {
  const conflicts: Conflict[] = [];
  const sorted = [...steps].sort((a, b) => a.id - b.id);
  for (const s of sorted) {
    if (dateOutsideOperation(s, { start: s.operationStart, end: s.operationEnd })) conflicts.push({ kind: 'outside_operation', beneficiaryId: s.beneficiaryId, stepId: s.id, otherStepId: null });
  }
  for (let i = 0; i < sorted.length; i += 1) {
    for (let j = i + 1; j < sorted.length; j += 1) {
      const a = sorted[i];
      const b = sorted[j];
      if (a.beneficiaryId !== b.beneficiaryId) continue;
      const pa = occupiedPeriod(a);
      const pb = occupiedPeriod(b);
      if (pa && pb && overlaps(pa, pb)) conflicts.push({ kind: 'overlap', beneficiaryId: a.beneficiaryId, stepId: a.id, otherStepId: b.id });
    }
  }
  return conflicts;
}
