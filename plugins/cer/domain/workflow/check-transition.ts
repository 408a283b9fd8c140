import type { Actor } from '../actor.type';
import type { Cer } from '../cer.type';
import { CER_STATE_LABELS, isCerState, type CerState } from '@rsa/vocabulary';
import { formatFrenchDate, isCalendarDate } from '@rsa/vocabulary';
import { CerTransitionError, type CerTransitionField } from './cer-transition.error';
import { findTransitionRule } from './cer-transitions.data';
import { workflowRolesOf } from './workflow-role';

// The body of `POST /cers/:id/transitions`. Empty strings and nulls mean "not given", because
// the console sends its whole form.
export type CerTransitionRequest = {
  to: string;
  comment?: string | null;
  decisionDate?: string | null;
  decision?: string | null;
  end?: string | null;
  /** « Décision du Département » (short) and « Note pour le référent »: with a decision only. */
  departmentDecision?: string | null;
  referentNote?: string | null;
};

export type CerTransitionSubject = Pick<Cer, 'state' | 'start' | 'end'> & {
  objectives: readonly unknown[];
};

// The CER fields the move sets; fields left out keep their value.
export type CerTransitionPatch = {
  state: CerState;
  validatedOn?: string | null;
  notValidatedOn?: string | null;
  decision?: string;
  end?: string;
  departmentDecision?: string;
  referentNote?: string;
};

// The history entry minus who and when, which the caller stamps (applyCerTransition).
export type CerHistoryDraft = {
  from: CerState;
  to: CerState;
  comment: string | null;
};

export type CerTransitionCheck =
  | { ok: true; patch: CerTransitionPatch; history: CerHistoryDraft }
  | { ok: false; error: CerTransitionError };

const refuse = (
  code: CerTransitionError['code'],
  message: string,
  field?: CerTransitionField,
): CerTransitionCheck => ({ ok: false, error: new CerTransitionError(code, message, field) });

const given = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

const label = (state: CerState): string => `« ${CER_STATE_LABELS[state]} »`;

const DECISION_STATES: readonly CerState[] = ['valide', 'non_valide'];
// The same bounds as the edit form's (parse-cer-fields: short text, long text).
const DEPARTMENT_DECISION_MAX = 255;
const REFERENT_NOTE_MAX = 20_000;

// Decides one move, purely: either the patch and history entry to write, or the refusal with
// its French message. `today` (`YYYY-MM-DD`, Europe/Paris) bounds the decision date.
export const checkTransition = (
  actor: Actor,
  cer: CerTransitionSubject,
  request: CerTransitionRequest,
  today: string,
): CerTransitionCheck => {
  const from = cer.state;
  const to = request.to;
  if (!isCerState(to)) {
    return refuse('invalid_move', `L'état demandé (« ${String(to)} ») n'existe pas.`, 'to');
  }
  const rule = findTransitionRule(from, to);
  if (!rule) {
    return from === to
      ? refuse('invalid_move', `Le CER est déjà à l'état ${label(to)}.`, 'to')
      : refuse(
          'invalid_move',
          `Le CER ne peut pas passer de l'état ${label(from)} à l'état ${label(to)}.`,
          'to',
        );
  }
  const roles = workflowRolesOf(actor);
  if (!rule.who.some((role) => roles.has(role))) {
    return rule.who.includes('file_referent')
      ? refuse('forbidden', "Seul le référent du dossier peut soumettre ce CER à l'étude.")
      : refuse(
          'forbidden',
          `Vous n'êtes pas habilité à faire passer ce CER de l'état ${label(from)} à l'état ${label(to)}.`,
        );
  }

  if (from === 'proposition' && cer.objectives.length === 0) {
    return refuse(
      'missing_field',
      "Ajoutez au moins un objectif au CER avant de le soumettre à l'étude.",
      'objectives',
    );
  }

  const isDecision = DECISION_STATES.includes(to);
  const requestedEnd = given(request.end) ? request.end.trim() : null;
  const endChanged = requestedEnd !== null && requestedEnd !== cer.end;
  if (!isDecision && (given(request.decisionDate) || given(request.decision))) {
    return refuse(
      'invalid_field',
      'La date et la décision commentée ne se renseignent que pour valider ou ne pas valider le CER.',
      given(request.decisionDate) ? 'decisionDate' : 'decision',
    );
  }
  if (!isDecision && (given(request.departmentDecision) || given(request.referentNote))) {
    return refuse(
      'invalid_field',
      'La décision du Département et la note pour le référent ne se renseignent que pour valider ou ne pas valider le CER.',
      given(request.departmentDecision) ? 'departmentDecision' : 'referentNote',
    );
  }
  if (given(request.departmentDecision) && request.departmentDecision.trim().length > DEPARTMENT_DECISION_MAX) {
    return refuse('invalid_field', `La décision du Département dépasse ${DEPARTMENT_DECISION_MAX} caractères.`, 'departmentDecision');
  }
  if (given(request.referentNote) && request.referentNote.trim().length > REFERENT_NOTE_MAX) {
    return refuse('invalid_field', `La note pour le référent dépasse ${REFERENT_NOTE_MAX} caractères.`, 'referentNote');
  }
  if (endChanged && to !== 'valide') {
    return refuse(
      'invalid_field',
      "La date de fin du CER ne peut être modifiée qu'au moment de sa validation.",
      'end',
    );
  }

  const patch: CerTransitionPatch = { state: to };
  if (isDecision) {
    const dateLabel = to === 'valide' ? 'de validation' : 'de non-validation';
    if (!given(request.decisionDate)) {
      return refuse(
        'missing_field',
        `La date ${dateLabel} est obligatoire pour passer le CER à l'état ${label(to)}.`,
        'decisionDate',
      );
    }
    const decisionDate = request.decisionDate.trim();
    if (!isCalendarDate(decisionDate)) {
      return refuse('invalid_field', `La date ${dateLabel} n'est pas une date valide.`, 'decisionDate');
    }
    if (decisionDate > today) {
      return refuse(
        'invalid_field',
        `La date ${dateLabel} ne peut pas être postérieure à aujourd'hui.`,
        'decisionDate',
      );
    }
    if (to === 'non_valide' && !given(request.decision)) {
      return refuse(
        'missing_field',
        "La décision commentée est obligatoire pour passer le CER à l'état « Non validé ».",
        'decision',
      );
    }
    // Only one decision date stands at a time, so a corrected decision leaves no stale date
    // behind for the "validated on a date window" reports.
    patch.validatedOn = to === 'valide' ? decisionDate : null;
    patch.notValidatedOn = to === 'non_valide' ? decisionDate : null;
    if (given(request.decision)) patch.decision = request.decision.trim();
    if (given(request.departmentDecision)) patch.departmentDecision = request.departmentDecision.trim();
    if (given(request.referentNote)) patch.referentNote = request.referentNote.trim();
  } else if (DECISION_STATES.includes(from)) {
    // Back in study: the decision is withdrawn, and so are its dates.
    patch.validatedOn = null;
    patch.notValidatedOn = null;
  }

  if (endChanged) {
    const end = requestedEnd;
    if (!isCalendarDate(end)) {
      return refuse('invalid_field', "La date de fin n'est pas une date valide.", 'end');
    }
    if (end <= cer.start) {
      return refuse(
        'invalid_field',
        `La date de fin doit être postérieure à la date de début du CER (${formatFrenchDate(cer.start)}).`,
        'end',
      );
    }
    patch.end = end;
  }

  const comment = given(request.comment) ? request.comment.trim() : null;
  return { ok: true, patch, history: { from, to, comment } };
};
