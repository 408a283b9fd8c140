import { statesAwaitingAction } from './states-awaiting-action';
import { stateDurations } from './state-durations';

describe('statesAwaitingAction', () => {
  test.each([
    [['secretariat'], ['soumis_etude', 'etude_commission']],
    [['cadre'], ['soumis_etude', 'etude_commission', 'attente_decision']],
    [['secretariat', 'cadre'], ['soumis_etude', 'etude_commission', 'attente_decision']],
    [['referent'], []],
    [['secretariat_structure'], []],
    [['siege'], []],
  ] as const)('%j acts on %j', (profiles, states) => {
    expect(statesAwaitingAction(profiles)).toEqual(states);
  });
});

describe('stateDurations', () => {
  const pick = (rows: ReturnType<typeof stateDurations>, state: string) => rows.find((r) => r.state === state);

  test('the gaps between consecutive moves, the current state counted until today', () => {
    const rows = stateDurations(
      [
        { cerId: 1, toState: 'soumis_etude', on: '2026-01-11' },
        { cerId: 1, toState: 'proposition', on: '2026-01-01' },
        { cerId: 1, toState: 'valide', on: '2026-01-31' },
        { cerId: 2, toState: 'proposition', on: '2026-01-20' },
        { cerId: 2, toState: 'soumis_etude', on: '2026-01-24' },
      ],
      '2026-02-03',
    );
    expect(pick(rows, 'proposition')).toEqual({ state: 'proposition', stays: 2, averageDays: 7, medianDays: 7, maxDays: 10 });
    expect(pick(rows, 'soumis_etude')).toEqual({ state: 'soumis_etude', stays: 2, averageDays: 15, medianDays: 15, maxDays: 20 });
    expect(pick(rows, 'valide')).toEqual({ state: 'valide', stays: 1, averageDays: 3, medianDays: 3, maxDays: 3 });
    expect(pick(rows, 'attente_decision')).toEqual({ state: 'attente_decision', stays: 0, averageDays: null, medianDays: null, maxDays: null });
  });

  test('an odd count takes the middle; unknown states are ignored; a move the same day lasts 0 days', () => {
    const rows = stateDurations(
      [
        { cerId: 1, toState: 'proposition', on: '2026-03-01' },
        { cerId: 2, toState: 'proposition', on: '2026-03-01' },
        { cerId: 2, toState: 'soumis_etude', on: '2026-03-01' },
        { cerId: 3, toState: 'proposition', on: '2026-03-02' },
        { cerId: 4, toState: 'brouillon', on: '2026-03-02' },
      ],
      '2026-03-05',
    );
    expect(pick(rows, 'proposition')).toEqual({ state: 'proposition', stays: 3, averageDays: 2.3, medianDays: 3, maxDays: 4 });
  });
});
