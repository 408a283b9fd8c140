import fc from 'fast-check';
import type { Actor } from '../actor.type';
import { CER_STATES, type CerState } from '@rsa/vocabulary';
import type { Cer } from '../cer.type';
import { applyCerTransition } from './apply-cer-transition';
import { checkTransition, type CerTransitionRequest } from './check-transition';
import { listAvailableTransitions } from './list-available-transitions';

// Model-based test: random users send random requests to one CER, through the same two calls the
// server makes (checkTransition, then applyCerTransition when accepted). Whatever the sequence,
// the CER stays on the chain and its history is an append-only log of real moves.

const TODAY = '2024-05-15';

const ACTORS: readonly Actor[] = [
  { profiles: ['referent'], isFileReferent: true },
  { profiles: ['referent'], isFileReferent: false },
  { profiles: ['referent_fse'], isFileReferent: true },
  { profiles: ['secretariat'], isFileReferent: false },
  { profiles: ['secretariat_structure'], isFileReferent: false },
  { profiles: ['cadre'], isFileReferent: false },
  { profiles: ['referent', 'cadre'], isFileReferent: true },
  { profiles: ['siege'], isFileReferent: false },
  { profiles: ['operateur', 'gestionnaire_fse'], isFileReferent: false },
];

type Step =
  | { kind: 'move'; actor: Actor; request: CerTransitionRequest }
  | { kind: 'add_objective' };

// Anything at all, most of it wrong.
const anyRequestArb: fc.Arbitrary<CerTransitionRequest> = fc.record(
  {
    to: fc.constantFrom<string>(...CER_STATES, 'archive'),
    comment: fc.option(fc.string({ maxLength: 20 })),
    decisionDate: fc.option(fc.constantFrom('2024-05-10', '2024-05-15', '2024-05-16', '2024-02-30', '')),
    decision: fc.option(fc.constantFrom('Validé en commission', 'Objectifs à revoir', '', '  ')),
    end: fc.option(fc.constantFrom('2024-08-31', '2024-11-30', '2024-05-31', 'demain')),
  },
  { requiredKeys: ['to'] },
);

// What a correct console would send for the target state, so that walks get deep in the chain.
const wellFormedRequestArb: fc.Arbitrary<CerTransitionRequest> = fc
  .tuple(fc.constantFrom(...CER_STATES), fc.constantFrom('2024-05-10', '2024-05-15'), fc.boolean())
  .map(([to, decisionDate, shorter]): CerTransitionRequest => {
    if (to === 'valide') return { to, decisionDate, ...(shorter ? { end: '2024-08-31' } : {}) };
    if (to === 'non_valide') return { to, decisionDate, decision: 'Objectifs à revoir' };
    return { to, comment: shorter ? 'Pour étude' : null };
  });

const requestArb = fc.oneof(wellFormedRequestArb, anyRequestArb);

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 9, arbitrary: fc.record({ kind: fc.constant('move' as const), actor: fc.constantFrom(...ACTORS), request: requestArb }) },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: 'add_objective' }) },
);

const newCer = (objectives: number): Cer => ({
  state: 'proposition',
  number: 1,
  start: '2024-06-01',
  end: '2024-11-30',
  signedOn: '2024-05-13',
  comment: 'Demande de passage en commission',
  lastContract: false,
  priority: null,
  situation: null,
  evaluation: null,
  expression: null,
  agreement: 'nc',
  departmentDecision: null,
  decision: null,
  validatedOn: null,
  notValidatedOn: null,
  referentNote: null,
  objectives: Array.from({ length: objectives }, (_, i) => ({ theme: 'Emploi', description: `Objectif ${i + 1}` })),
  history: [],
});

const assertOnTheChain = (cer: Cer): void => {
  expect(CER_STATES).toContain(cer.state);
  // Walk the history: each move starts where the previous one ended, the first from proposition.
  let current: CerState = 'proposition';
  let submitted = false;
  for (const entry of cer.history) {
    expect(entry.from).toBe(current);
    expect(entry.to).not.toBe(entry.from);
    expect(entry.to).not.toBe('proposition');
    if (entry.to === 'soumis_etude') submitted = true;
    // Never study nor decide without passing soumis_etude; never decide straight from it.
    if (entry.to !== 'soumis_etude') expect(submitted).toBe(true);
    if (entry.to === 'valide' || entry.to === 'non_valide') {
      expect(['etude_commission', 'attente_decision', 'valide', 'non_valide']).toContain(entry.from);
    }
    current = entry.to;
  }
  expect(cer.state).toBe(current);
  if (cer.history.length > 0) expect(cer.objectives.length).toBeGreaterThan(0);
  // Decision fields always match the state.
  expect(cer.validatedOn !== null).toBe(cer.state === 'valide');
  expect(cer.notValidatedOn !== null).toBe(cer.state === 'non_valide');
  if (cer.state === 'non_valide') expect(cer.decision?.trim()).toBeTruthy();
  if (cer.end !== null) expect(cer.end > cer.start).toBe(true);
};

describe('CER workflow (model-based)', () => {
  test('random sequences of requests keep the CER on the chain with an append-only history', () => {
    const reached = new Set<CerState>();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), fc.array(stepArb, { maxLength: 50, size: 'max' }), (objectives, steps) => {
        let cer = newCer(objectives);
        steps.forEach((step, index) => {
          if (step.kind === 'add_objective') {
            // Objectives are edited through the form, only by the référent while in proposition.
            if (cer.state === 'proposition') {
              cer = { ...cer, objectives: [...cer.objectives, { theme: 'Santé', description: 'Bilan' }] };
            }
            return;
          }
          const before = cer;
          const snapshot = structuredClone(cer);
          const listed = listAvailableTransitions(step.actor, cer);
          const result = checkTransition(step.actor, cer, step.request, TODAY);
          if (result.ok) {
            expect(listed).toContain(step.request.to);
            cer = applyCerTransition(cer, result, { by: `user-${index}`, at: `2024-05-15T08:00:${String(index).padStart(2, '0')}Z` });
            expect(cer.history).toHaveLength(snapshot.history.length + 1);
            expect(cer.history.slice(0, -1)).toStrictEqual(snapshot.history);
            expect(cer.history.at(-1)).toMatchObject({ from: snapshot.state, to: step.request.to, by: `user-${index}` });
          } else {
            if (!listed.includes(step.request.to as CerState)) {
              expect(['forbidden', 'invalid_move']).toContain(result.error.code);
            } else {
              expect(['missing_field', 'invalid_field']).toContain(result.error.code);
            }
            // Refused: nothing changes, not even a copy.
            expect(cer).toBe(before);
            expect(cer).toStrictEqual(snapshot);
          }
          assertOnTheChain(cer);
          reached.add(cer.state);
        });
      }),
      { numRuns: 150 },
    );
    // Guards the generator itself: the random walks must explore the whole chain.
    expect([...reached].sort()).toEqual([...CER_STATES].sort());
  });

  test('the whole chain is reachable: proposition → soumis → commission → valide', () => {
    const referent: Actor = { profiles: ['referent'], isFileReferent: true };
    const secretariat: Actor = { profiles: ['secretariat'], isFileReferent: false };
    let cer = newCer(1);
    const moves: [Actor, CerTransitionRequest][] = [
      [referent, { to: 'soumis_etude' }],
      [secretariat, { to: 'etude_commission', comment: 'Commission du 14/05' }],
      [secretariat, { to: 'valide', decisionDate: '2024-05-14', end: '2024-08-31' }],
    ];
    for (const [actor, request] of moves) {
      const result = checkTransition(actor, cer, request, TODAY);
      if (!result.ok) throw result.error;
      cer = applyCerTransition(cer, result, { by: 'x', at: '2024-05-15T08:00:00Z' });
    }
    expect(cer).toMatchObject({ state: 'valide', validatedOn: '2024-05-14', end: '2024-08-31' });
    expect(cer.history.map((entry) => `${entry.from}>${entry.to}`)).toEqual([
      'proposition>soumis_etude',
      'soumis_etude>etude_commission',
      'etude_commission>valide',
    ]);
  });
});
