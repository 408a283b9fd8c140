// FSE+ questionnaires (FEATURES O6, ACCESS.md): an entry questionnaire from the start of the
// étape en convention, an exit one only once its real end date is entered; the questions are the
// CMS's (api::fse-question, seeded with the ESF+ common participant indicators), answers are
// checked against them (unknown question or answer → 422). Red = missing, green = complete,
// grey = not yet possible; a questionnaire taken over from the previous system is read-only.
import type { CalendarDate, Profile } from '@rsa/vocabulary';

export const QUESTIONNAIRE_KINDS = ['entry', 'exit'] as const;
export type QuestionnaireKind = (typeof QUESTIONNAIRE_KINDS)[number];
export const QUESTIONNAIRE_LABELS: Readonly<Record<QuestionnaireKind, string>> = { entry: 'Questionnaire d’entrée', exit: 'Questionnaire de sortie' };

export const isQuestionnaireKind = (value: unknown): value is QuestionnaireKind => value === 'entry' || value === 'exit';

/** Where a questionnaire came from: entered here, or taken over from the previous tool (read-only). */
export type QuestionnaireSource = 'application' | 'reprise';

export type Choice = { code: string; label: string; active: boolean };
export type Question = { code: string; questionnaire: QuestionnaireKind; label: string; indicator: string | null; multiple: boolean; required: boolean; active: boolean; position: number; choices: Choice[] };

export type Answers = Record<string, string | string[]>;

export type QuestionnaireRefusal = { ok: false; status: 403 | 409 | 422; message: string; field?: string };
export type QuestionnaireCheck<T> = { ok: true; value: T } | QuestionnaireRefusal;

const refuse = (status: QuestionnaireRefusal['status'], message: string, field?: string): QuestionnaireRefusal => ({ ok: false, status, message, ...(field ? { field } : {}) });

/** The questions asked in one questionnaire: active ones, in their configured order. */
export const questionsOf = (questions: readonly Question[], kind: QuestionnaireKind): Question[] =>
  questions.filter((q) => q.active && q.questionnaire === kind).sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));

/**
 * The answers, checked against the configured questions: an object { questionCode: choiceCode }
 * (an array of codes for a question with several answers); every required question answered;
 * no unknown question, no unknown or deactivated answer. A questionnaire is saved complete or
 * not at all.
 */
export function checkAnswers(questions: readonly Question[], kind: QuestionnaireKind, input: unknown): QuestionnaireCheck<Answers> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return refuse(422, 'Les réponses du questionnaire sont attendues (une réponse par question).', 'answers');
  const asked = questionsOf(questions, kind);
  const byCode = new Map(asked.map((q) => [q.code, q]));
  const answers: Answers = {};
  for (const [code, raw] of Object.entries(input as Record<string, unknown>)) {
    const question = byCode.get(code);
    if (!question) return refuse(422, `Question inconnue dans ce questionnaire : « ${code} ».`, code);
    if (raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) continue;
    const values = Array.isArray(raw) ? raw : [raw];
    if (!question.multiple && values.length > 1) return refuse(422, `Une seule réponse est possible à la question « ${question.label} ».`, code);
    for (const value of values) {
      const choice = question.choices.find((c) => c.code === value);
      if (typeof value !== 'string' || !choice) return refuse(422, `Réponse inconnue à la question « ${question.label} » : « ${String(value)} ».`, code);
      if (!choice.active) return refuse(422, `La réponse « ${choice.label} » n’est plus proposée à la question « ${question.label} ».`, code);
    }
    answers[code] = question.multiple ? [...new Set(values as string[])] : (values[0] as string);
  }
  const missing = asked.find((q) => q.required && answers[q.code] === undefined);
  if (missing) return refuse(422, `Répondez à la question « ${missing.label} ».`, missing.code);
  return { ok: true, value: answers };
}

/** red = missing, green = complete, grey = not possible yet (exit before the real end). */
export type QuestionnaireStatus = 'missing' | 'complete' | 'unavailable';

export const STATUS_LABELS: Readonly<Record<QuestionnaireStatus, string>> = { missing: 'À saisir', complete: 'Saisi', unavailable: 'Pas encore possible' };

export type StepFacts = { realStart: CalendarDate | null; realEnd: CalendarDate | null };

/** Is this questionnaire open for entry on the étape? Entry: from the étape's start; exit: once its real end is entered. */
export const isAvailable = (kind: QuestionnaireKind, step: StepFacts): boolean => (kind === 'entry' ? step.realStart !== null : step.realEnd !== null);

export const questionnaireStatus = (kind: QuestionnaireKind, step: StepFacts, saved: boolean): QuestionnaireStatus =>
  saved ? 'complete' : isAvailable(kind, step) ? 'missing' : 'unavailable';

/** Complete: both questionnaires saved (what the lists' completeness counts). */
export const isComplete = (entry: QuestionnaireStatus, exit: QuestionnaireStatus): boolean => entry === 'complete' && exit === 'complete';

/** Who acts on a convention's questionnaires, as the server knows them. */
export type QuestionnaireActor = {
  profiles: readonly Profile[];
  /** Sees the file through an assignment in force (the référent FSE's own files). */
  holdsFile: boolean;
  /** Opérateur of the structure carrying the étape's offer. */
  isOfferOperator: boolean;
};

/** ACCESS.md: the référent FSE on their own files, the opérateur on the étapes of their offers. */
export const mayFill = (a: QuestionnaireActor): boolean =>
  (a.profiles.includes('referent_fse') && a.holdsFile) || (a.profiles.includes('operateur') && a.isOfferOperator);

/** ACCESS.md: the gestionnaire FSE reads every convention's questionnaires; those who fill them read theirs. */
export const mayReadAnswers = (a: QuestionnaireActor): boolean => a.profiles.includes('gestionnaire_fse') || mayFill(a);

/** May this actor save this questionnaire now? */
export function checkFill(actor: QuestionnaireActor, kind: QuestionnaireKind, step: StepFacts, existing: { source: QuestionnaireSource } | null): QuestionnaireCheck<true> {
  if (!mayFill(actor)) return refuse(403, 'Les questionnaires FSE sont saisis par le référent FSE du dossier ou par l’opérateur de l’offre.');
  if (existing?.source === 'reprise') return refuse(409, 'Ce questionnaire a été repris de l’ancien outil : il est en lecture seule.');
  if (!isAvailable(kind, step)) {
    return refuse(409, kind === 'exit'
      ? 'Le questionnaire de sortie se saisit une fois la date de fin réelle de l’étape saisie.'
      : 'Le questionnaire d’entrée se saisit à partir du début réel de l’étape.');
  }
  return { ok: true, value: true };
}

/** ESF+ age groups (below 18, 18–29, 55 and over) at the étape's start, from the birth date. */
export function ageGroup(birthDate: CalendarDate | null, at: CalendarDate | null): string | null {
  if (!birthDate || !at) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [ay, am, ad] = at.split('-').map(Number);
  const age = ay - by - (am < bm || (am === bm && ad < bd) ? 1 : 0);
  if (age < 18) return 'Moins de 18 ans';
  if (age <= 29) return '18 à 29 ans';
  if (age >= 55) return '55 ans et plus';
  return '30 à 54 ans';
}
