import { PROFILES, type Actor, type Profile } from '../actor.type';
import { CER_STATES, type CerState } from '@rsa/vocabulary';
import { checkTransition, type CerTransitionRequest, type CerTransitionSubject } from './check-transition';
import { listAvailableTransitions } from './list-available-transitions';

// ACCESS.md restated by hand (R = the file's référent, S = secrétariat, C = cadre), independent
// of cer-transitions.data.ts so that a typo there fails here.
const WHO_MAY: Record<string, string> = {
  'proposition>soumis_etude': 'R',
  'soumis_etude>etude_commission': 'SC',
  'soumis_etude>attente_decision': 'SC',
  'etude_commission>attente_decision': 'SC',
  'etude_commission>valide': 'SC',
  'etude_commission>non_valide': 'SC',
  'attente_decision>valide': 'C',
  'attente_decision>non_valide': 'C',
  'etude_commission>soumis_etude': 'SC',
  'attente_decision>soumis_etude': 'C',
  'attente_decision>etude_commission': 'C',
  'valide>etude_commission': 'C',
  'valide>attente_decision': 'C',
  'non_valide>etude_commission': 'C',
  'non_valide>attente_decision': 'C',
  'valide>non_valide': 'C',
  'non_valide>valide': 'C',
};

const letterOf = (profile: Profile, isFileReferent: boolean): string => {
  if ((profile === 'referent' || profile === 'referent_fse') && isFileReferent) return 'R';
  if (profile === 'secretariat') return 'S';
  if (profile === 'cadre') return 'C';
  return '-';
};

type Outcome = 'allowed' | 'forbidden' | 'invalid';

const rows: [Profile, boolean, CerState, CerState, Outcome][] = [];
for (const profile of PROFILES) {
  for (const isFileReferent of [false, true]) {
    for (const from of CER_STATES) {
      for (const to of CER_STATES) {
        const who = WHO_MAY[`${from}>${to}`];
        const outcome: Outcome =
          who === undefined ? 'invalid' : who.includes(letterOf(profile, isFileReferent)) ? 'allowed' : 'forbidden';
        rows.push([profile, isFileReferent, from, to, outcome]);
      }
    }
  }
}

const TODAY = '2024-05-15';

// A request carrying whatever the target state requires, so that only the rights decide.
const completeRequest = (to: CerState): CerTransitionRequest =>
  to === 'valide' || to === 'non_valide'
    ? { to, decisionDate: '2024-05-10', decision: 'Avis favorable de la commission', comment: 'ok' }
    : { to, comment: 'ok' };

const cerIn = (state: CerState): CerTransitionSubject => ({
  state,
  start: '2024-06-01',
  end: '2024-11-30',
  objectives: [{ theme: 'Emploi', description: 'Rechercher un emploi' }],
});

describe('checkTransition: profile × from × to', () => {
  test.each(rows)('%s (référent du dossier: %s): %s → %s is %s', (profile, isFileReferent, from, to, outcome) => {
    const actor: Actor = { profiles: [profile], isFileReferent };
    const result = checkTransition(actor, cerIn(from), completeRequest(to), TODAY);
    const listed = listAvailableTransitions(actor, { state: from }).includes(to);
    if (outcome === 'allowed') {
      expect(result).toMatchObject({ ok: true, patch: { state: to }, history: { from, to, comment: 'ok' } });
      expect(listed).toBe(true);
    } else {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(outcome === 'forbidden' ? 'forbidden' : 'invalid_move');
      expect(result.error.httpStatus).toBe(outcome === 'forbidden' ? 403 : 409);
      expect(result.error.message).toMatch(/[a-zé]/);
      expect(listed).toBe(false);
    }
  });
});

describe('checkTransition: combined profiles', () => {
  test('a cadre who is also the référent of the file may submit and validate', () => {
    const actor: Actor = { profiles: ['referent', 'cadre'], isFileReferent: true };
    expect(listAvailableTransitions(actor, { state: 'proposition' })).toEqual(['soumis_etude']);
    expect(listAvailableTransitions(actor, { state: 'attente_decision' })).toEqual([
      'soumis_etude',
      'etude_commission',
      'valide',
      'non_valide',
    ]);
  });
});

const referent: Actor = { profiles: ['referent'], isFileReferent: true };
const secretariat: Actor = { profiles: ['secretariat'], isFileReferent: false };
const cadre: Actor = { profiles: ['cadre'], isFileReferent: false };

describe('checkTransition: required and checked fields', () => {
  test.each<[string, Actor, CerTransitionSubject, CerTransitionRequest, string, string]>([
    [
      'submission without objective',
      referent,
      { ...cerIn('proposition'), objectives: [] },
      { to: 'soumis_etude' },
      'missing_field',
      'objectives',
    ],
    ['valide without date', cadre, cerIn('attente_decision'), { to: 'valide' }, 'missing_field', 'decisionDate'],
    [
      'valide with a blank date',
      cadre,
      cerIn('attente_decision'),
      { to: 'valide', decisionDate: '  ' },
      'missing_field',
      'decisionDate',
    ],
    [
      'non_valide without date',
      secretariat,
      cerIn('etude_commission'),
      { to: 'non_valide', decision: 'Objectifs insuffisants' },
      'missing_field',
      'decisionDate',
    ],
    [
      'non_valide without commented decision',
      cadre,
      cerIn('attente_decision'),
      { to: 'non_valide', decisionDate: '2024-05-15' },
      'missing_field',
      'decision',
    ],
    [
      'impossible date',
      cadre,
      cerIn('attente_decision'),
      { to: 'valide', decisionDate: '2024-02-30' },
      'invalid_field',
      'decisionDate',
    ],
    [
      'decision date in the future',
      cadre,
      cerIn('attente_decision'),
      { to: 'valide', decisionDate: '2024-05-16' },
      'invalid_field',
      'decisionDate',
    ],
    [
      'end before start at validation',
      cadre,
      cerIn('attente_decision'),
      { to: 'valide', decisionDate: '2024-05-15', end: '2024-05-31' },
      'invalid_field',
      'end',
    ],
    [
      'end equal to start at validation',
      cadre,
      cerIn('attente_decision'),
      { to: 'valide', decisionDate: '2024-05-15', end: '2024-06-01' },
      'invalid_field',
      'end',
    ],
    [
      'end not a date',
      cadre,
      cerIn('attente_decision'),
      { to: 'valide', decisionDate: '2024-05-15', end: '31/12/2024' },
      'invalid_field',
      'end',
    ],
    [
      'end changed outside validation',
      cadre,
      cerIn('attente_decision'),
      { to: 'non_valide', decisionDate: '2024-05-15', decision: 'Non', end: '2024-12-31' },
      'invalid_field',
      'end',
    ],
    [
      'decision date on a study move',
      secretariat,
      cerIn('soumis_etude'),
      { to: 'etude_commission', decisionDate: '2024-05-15' },
      'invalid_field',
      'decisionDate',
    ],
    ['unknown state', cadre, cerIn('valide'), { to: 'archive' }, 'invalid_move', 'to'],
    ['same state', cadre, cerIn('valide'), { to: 'valide', decisionDate: '2024-05-15' }, 'invalid_move', 'to'],
  ])('%s is refused', (_name, actor, cer, request, code, field) => {
    const result = checkTransition(actor, cer, request, TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.field).toBe(field);
    expect(result.error.httpStatus).toBe(409);
  });

  test('rights are checked before fields: a stranger learns nothing about missing fields', () => {
    const stranger: Actor = { profiles: ['referent'], isFileReferent: false };
    const result = checkTransition(stranger, { ...cerIn('proposition'), objectives: [] }, { to: 'soumis_etude' }, TODAY);
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    if (!result.ok) expect(result.error.message).toBe("Seul le référent du dossier peut soumettre ce CER à l'étude.");
  });
});

describe('checkTransition: patches', () => {
  test.each<[string, Actor, CerTransitionSubject, CerTransitionRequest, object]>([
    ['submission', referent, cerIn('proposition'), { to: 'soumis_etude', comment: '  ' }, { state: 'soumis_etude' }],
    [
      'validation keeps the proposed end',
      cadre,
      cerIn('attente_decision'),
      { to: 'valide', decisionDate: '2024-05-15', end: '2024-11-30' },
      { state: 'valide', validatedOn: '2024-05-15', notValidatedOn: null },
    ],
    [
      'validation with a different duration and a comment',
      secretariat,
      cerIn('etude_commission'),
      { to: 'valide', decisionDate: '2024-05-14', end: ' 2024-08-31 ', decision: ' Validé pour 3 mois ' },
      { state: 'valide', validatedOn: '2024-05-14', notValidatedOn: null, end: '2024-08-31', decision: 'Validé pour 3 mois' },
    ],
    [
      'non-validation',
      cadre,
      cerIn('attente_decision'),
      { to: 'non_valide', decisionDate: '2024-05-15', decision: 'Objectifs à préciser' },
      { state: 'non_valide', validatedOn: null, notValidatedOn: '2024-05-15', decision: 'Objectifs à préciser' },
    ],
    [
      'correction to valide clears the non-validation date',
      cadre,
      cerIn('non_valide'),
      { to: 'valide', decisionDate: '2024-05-15' },
      { state: 'valide', validatedOn: '2024-05-15', notValidatedOn: null },
    ],
    [
      'way back withdraws the decision dates',
      cadre,
      cerIn('valide'),
      { to: 'attente_decision' },
      { state: 'attente_decision', validatedOn: null, notValidatedOn: null },
    ],
    ['way back in study', secretariat, cerIn('etude_commission'), { to: 'soumis_etude' }, { state: 'soumis_etude' }],
    [
      'validation with the Département’s decision and a note for the référent',
      secretariat,
      cerIn('etude_commission'),
      { to: 'valide', decisionDate: '2024-05-14', departmentDecision: ' CER validé ', referentNote: ' Revoir le budget en juin ' },
      { state: 'valide', validatedOn: '2024-05-14', notValidatedOn: null, departmentDecision: 'CER validé', referentNote: 'Revoir le budget en juin' },
    ],
  ])('%s', (_name, actor, cer, request, patch) => {
    const result = checkTransition(actor, cer, request, TODAY);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.patch).toStrictEqual(patch);
    expect(result.history.comment).toBe(request.comment?.trim() || null);
  });
});

describe('checkTransition: Décision du Département and Note pour le référent', () => {
  test.each<[string, CerTransitionRequest, string]>([
    ['a note with a move that takes no decision', { to: 'etude_commission', referentNote: 'à revoir' }, 'referentNote'],
    ['a Département decision with a move that takes no decision', { to: 'attente_decision', departmentDecision: 'CER validé' }, 'departmentDecision'],
    ['a Département decision over 255 characters', { to: 'valide', decisionDate: '2024-05-10', departmentDecision: 'x'.repeat(256) }, 'departmentDecision'],
    ['a note over 20,000 characters', { to: 'valide', decisionDate: '2024-05-10', referentNote: 'x'.repeat(20_001) }, 'referentNote'],
  ])('%s: refused on its field, nothing patched', (_name, request, field) => {
    const result = checkTransition(secretariat, cerIn('soumis_etude'), request, TODAY);
    if (request.to === 'valide') {
      const fromCommission = checkTransition(secretariat, cerIn('etude_commission'), request, TODAY);
      expect(fromCommission.ok).toBe(false);
      if (!fromCommission.ok) expect(fromCommission.error.field).toBe(field);
      return;
    }
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.field).toBe(field);
      expect(result.error.httpStatus).toBe(409);
    }
  });
});
