// Positionnement → étape (FEATURES O4, ACCESS.md "Appointments, enrolments, documents"): the
// rules a new positionnement and each move must satisfy, on plain data, the clock as a
// parameter. The server loads the offer, its session and the person's other positionnements,
// asks these functions, and writes only when they answer ok.
import {
  formatFrenchDate,
  isCalendarDate,
  POSITIONNEMENT_STATE_LABELS,
  POSITIONNEMENT_STATES,
  type CalendarDate,
  type PositionnementState,
  type Profile,
} from '@rsa/vocabulary';

// The states and their labels are vocabulary (the console shows them too).
export { POSITIONNEMENT_STATES, POSITIONNEMENT_STATE_LABELS, type PositionnementState };

/** Still waiting for an answer, or accepted and not ended: a second one on the same offer is refused. */
export const isOpen = (state: PositionnementState): boolean => state === 'positionne' || state === 'etape';

export type OfferFacts = {
  id: number;
  title: string;
  active: boolean;
  start: CalendarDate;
  end: CalendarDate;
  bySessions: boolean;
  /** Places of an offer without sessions; null: no limit. */
  capacity: number | null;
};

export type SessionFacts = { id: number; offerId: number; active: boolean; start: CalendarDate; end: CalendarDate; capacity: number };

export type Refusal = { ok: false; status: 403 | 409 | 422; message: string; field?: string };
export type Check<T = true> = { ok: true; value: T } | Refusal;

const refuse = (status: Refusal['status'], message: string, field?: string): Refusal => ({ ok: false, status, message, ...(field ? { field } : {}) });

export type NewPositionnement = {
  offer: OfferFacts | null;
  session: SessionFacts | null;
  /** Open positionnements (positionné or en étape) of the session — or of the offer without sessions. */
  taken: number;
  /** States of this person's positionnements on this offer. */
  sameOffer: readonly PositionnementState[];
  plannedStart: unknown;
  plannedEnd: unknown;
};

export type PlannedDates = { plannedStart: CalendarDate; plannedEnd: CalendarDate };

const period = (start: CalendarDate, end: CalendarDate) => `du ${formatFrenchDate(start)} au ${formatFrenchDate(end)}`;

/** May a positionnement be created with these facts? */
export function checkNewPositionnement(input: NewPositionnement): Check<PlannedDates> {
  const { offer, session } = input;
  if (!offer) return refuse(422, 'Choisissez une offre de service existante.', 'offer');
  if (!offer.active) return refuse(422, `L’offre « ${offer.title} » est désactivée : on ne peut plus s’y positionner.`, 'offer');
  if (!isCalendarDate(input.plannedStart)) return refuse(422, 'La date de début prévue est obligatoire (jj/mm/aaaa).', 'plannedStart');
  if (!isCalendarDate(input.plannedEnd)) return refuse(422, 'La date de fin prévue est obligatoire (jj/mm/aaaa).', 'plannedEnd');
  const plannedStart = input.plannedStart;
  const plannedEnd = input.plannedEnd;
  if (plannedEnd < plannedStart) return refuse(422, 'La date de fin prévue précède la date de début.', 'plannedEnd');
  if (plannedStart < offer.start || plannedEnd > offer.end) {
    return refuse(422, `Les dates prévues doivent être comprises dans la période de l’offre, ${period(offer.start, offer.end)}.`, 'plannedStart');
  }
  if (input.sameOffer.some(isOpen)) {
    return refuse(409, `Cette personne a déjà un positionnement en cours sur l’offre « ${offer.title} » : répondez-y ou terminez-le d’abord.`, 'offer');
  }
  if (offer.bySessions) {
    if (!session) return refuse(422, 'Cette offre fonctionne par sessions : choisissez une session.', 'session');
    if (session.offerId !== offer.id) return refuse(422, 'Cette session n’appartient pas à l’offre choisie.', 'session');
    if (!session.active) return refuse(422, 'Cette session est désactivée : choisissez-en une autre.', 'session');
    if (plannedStart < session.start || plannedEnd > session.end) {
      return refuse(422, `Les dates prévues doivent être comprises dans la session choisie, ${period(session.start, session.end)}.`, 'plannedStart');
    }
    if (input.taken >= session.capacity) {
      return refuse(409, `La session ${period(session.start, session.end)} est complète (${session.capacity} place${session.capacity > 1 ? 's' : ''}).`, 'session');
    }
  } else if (offer.capacity !== null && input.taken >= offer.capacity) {
    return refuse(409, `L’offre « ${offer.title} » est complète (${offer.capacity} place${offer.capacity > 1 ? 's' : ''}).`, 'offer');
  }
  return { ok: true, value: { plannedStart, plannedEnd } };
}

/**
 * A session of an offer (O3) runs inside the offer's period, its end not before its start: the
 * CMS refuses saving it otherwise (the admin panel shows this message).
 */
export function checkSessionDates(offer: Pick<OfferFacts, 'title' | 'start' | 'end'> | null, session: { start: unknown; end: unknown }): Check {
  if (!isCalendarDate(session.start) || !isCalendarDate(session.end)) return refuse(422, 'Les dates de début et de fin de la session sont obligatoires.', 'startDate');
  if (session.end < session.start) return refuse(422, 'La fin de la session précède son début.', 'endDate');
  if (offer && (session.start < offer.start || session.end > offer.end)) {
    return refuse(422, `La session doit se tenir pendant l’offre « ${offer.title} », ${period(offer.start, offer.end)}.`, 'startDate');
  }
  return { ok: true, value: true };
}

/** Who acts on a positionnement, as the server knows them. */
export type EnrolmentActor = {
  profiles: readonly Profile[];
  /** Opérateur of the structure that carries the offer. */
  isOfferOperator: boolean;
  /** Holds the file (référent de parcours or d'étape in force, or the territorial profiles). */
  actsOnFile: boolean;
};

const ENROLLING_PROFILES: readonly Profile[] = ['referent', 'referent_fse', 'secretariat', 'cadre'];

/** ACCESS.md: référents (own files), secrétariat and cadre enrol; siège configures but enrols nobody. */
export const mayEnrol = (actor: EnrolmentActor): boolean =>
  actor.actsOnFile && actor.profiles.some((p) => ENROLLING_PROFILES.includes(p));

export type PositionnementFacts = {
  state: PositionnementState;
  plannedStart: CalendarDate;
  plannedEnd: CalendarDate;
  realStart: CalendarDate | null;
  realEnd: CalendarDate | null;
};

export type TransitionInput = {
  to: unknown;
  realStart?: unknown;
  realEnd?: unknown;
  /** Already checked against the configured list by the caller (unknown → 422 there). */
  endReason?: string | null;
  comment?: unknown;
};

export type TransitionResult = {
  state: PositionnementState;
  realStart: CalendarDate | null;
  realEnd: CalendarDate | null;
  endReason: string | null;
  comment: string | null;
};

const TRANSITIONS: Readonly<Record<PositionnementState, readonly PositionnementState[]>> = {
  positionne: ['etape', 'refuse'],
  etape: ['termine'],
  refuse: [],
  termine: [],
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The moves the actor may make now (for the console's buttons). */
export function availableTransitions(actor: EnrolmentActor, state: PositionnementState): PositionnementState[] {
  return TRANSITIONS[state].filter((to) => (to === 'termine' ? actor.isOfferOperator || actor.actsOnFile : actor.isOfferOperator));
}

/**
 * Accept (→ étape, with the real start, by default the planned one), refuse (a motif is
 * required), end (→ terminé: real end and a reason of the configured list). The operator of the
 * offer answers and ends; the file's référent may also end (ACCESS.md).
 */
export function checkTransition(actor: EnrolmentActor, current: PositionnementFacts, offer: Pick<OfferFacts, 'start' | 'end'>, input: TransitionInput): Check<TransitionResult> {
  const to = input.to;
  if (typeof to !== 'string' || !(POSITIONNEMENT_STATES as readonly string[]).includes(to)) {
    return refuse(422, 'Indiquez le nouvel état : « etape », « refuse » ou « termine ».', 'to');
  }
  const target = to as PositionnementState;
  if (!TRANSITIONS[current.state].includes(target)) {
    return refuse(409, `Un positionnement « ${POSITIONNEMENT_STATE_LABELS[current.state]} » ne peut pas passer à « ${POSITIONNEMENT_STATE_LABELS[target]} ».`, 'to');
  }
  if (!availableTransitions(actor, current.state).includes(target)) {
    return refuse(403, target === 'termine'
      ? 'Seuls l’opérateur de l’offre et le référent du dossier peuvent terminer une étape.'
      : 'Seul l’opérateur de l’offre répond à un positionnement.');
  }
  const comment = text(input.comment);
  if (target === 'refuse') {
    if (!comment) return refuse(422, 'Indiquez le motif du refus.', 'comment');
    return { ok: true, value: { state: 'refuse', realStart: null, realEnd: null, endReason: null, comment } };
  }
  if (target === 'etape') {
    const realStart = input.realStart === undefined || input.realStart === null || input.realStart === '' ? current.plannedStart : input.realStart;
    if (!isCalendarDate(realStart)) return refuse(422, 'La date de début réelle n’est pas une date valide.', 'realStart');
    if (realStart < offer.start || realStart > offer.end) {
      return refuse(422, `La date de début réelle doit être comprise dans la période de l’offre, ${period(offer.start, offer.end)}.`, 'realStart');
    }
    if (realStart > current.plannedEnd) return refuse(422, 'La date de début réelle est après la fin prévue de l’étape.', 'realStart');
    return { ok: true, value: { state: 'etape', realStart, realEnd: null, endReason: null, comment: comment ?? null } };
  }
  // termine
  const realStart = current.realStart ?? current.plannedStart;
  if (!isCalendarDate(input.realEnd)) return refuse(422, 'La date de fin réelle est obligatoire pour terminer l’étape.', 'realEnd');
  if (input.realEnd < realStart) return refuse(422, `La date de fin réelle précède le début de l’étape (${formatFrenchDate(realStart)}).`, 'realEnd');
  if (input.realEnd > offer.end) return refuse(422, `La date de fin réelle dépasse la fin de l’offre (${formatFrenchDate(offer.end)}).`, 'realEnd');
  if (!input.endReason) return refuse(422, 'Choisissez le motif de fin d’étape.', 'endReason');
  return { ok: true, value: { state: 'termine', realStart, realEnd: input.realEnd, endReason: input.endReason, comment } };
}

/** Attendance hours (présences): a number of hours ≥ 0, quarter hours at most. */
export function checkAttendanceHours(state: PositionnementState, value: unknown): Check<number> {
  if (state !== 'etape' && state !== 'termine') return refuse(409, 'Les présences se saisissent sur une étape (positionnement accepté).', 'attendanceHours');
  const hours = typeof value === 'string' ? Number(value.replace(',', '.')) : value;
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours < 0 || hours > 10000) return refuse(422, 'Le nombre d’heures de présence doit être un nombre positif.', 'attendanceHours');
  return { ok: true, value: Math.round(hours * 4) / 4 };
}

/** Fill rate of an offer or a session: taken / capacity, null without a limit. */
export const fillRate = (taken: number, capacity: number | null): number | null =>
  capacity === null || capacity <= 0 ? null : Math.round((taken / capacity) * 1000) / 1000;

/** Places left, null without a limit. */
export const placesLeft = (taken: number, capacity: number | null): number | null => (capacity === null ? null : Math.max(0, capacity - taken));
