import { FILE_STATES, FILE_STATE_LABELS, accompanimentLabel, durationLabel } from './file-states';

test.each([
  [0, 'moins d’un mois'],
  [1, '1 mois'],
  [9, '9 mois'],
  [11, '11 mois'],
  [12, '1 an'],
  [13, '1 an et 1 mois'],
  [14, '1 an et 2 mois'],
  [24, '2 ans'],
  [25, '2 ans et 1 mois'],
  [58, '4 ans et 10 mois'],
])('durationLabel(%i) → %s', (months, expected) => {
  expect(durationLabel(months)).toBe(expected);
});

test.each([
  ['entree', '2022-02-01', '2022-11-23', 'Entrée - 9 mois'],
  ['veille', '2022-12-15', '2024-02-15', 'Veille - 1 an et 2 mois'],
  ['veille', '2022-12-15', '2024-02-14', 'Veille - 1 an et 1 mois'],
  ['entree', '2024-02-10', '2024-02-29', 'Entrée - moins d’un mois'],
  ['entree', '2024-01-31', '2024-02-29', 'Entrée - 1 mois'], // leap month end completes the month
  ['entree', '2023-01-31', '2023-02-28', 'Entrée - 1 mois'],
  ['entree', '2024-01-31', '2024-02-28', 'Entrée - moins d’un mois'],
  ['entree', '2024-02-29', '2025-02-28', 'Entrée - 1 an'],
  ['sortie', '2017-11-07', '2022-09-30', 'Sortie - 4 ans et 10 mois'],
  ['entree', '2024-03-01', '2024-02-29', 'Entrée - moins d’un mois'], // entry in the future
  ['entree', '2021-11-07', '2026-09-30', 'Entrée - 4 ans et 10 mois'],
  ['sortie', '2025-03-01', '2026-03-01', 'Sortie - 1 an'],
  ['entree', null, '2026-03-01', 'Entrée'], // entry date unknown
] as const)('%s since %s on %s → %s', (state, entry, today, expected) => {
  expect(accompanimentLabel(state, entry, today)).toBe(expected);
});

test('three states, French labels', () => {
  expect(FILE_STATES.map((state) => FILE_STATE_LABELS[state])).toEqual(['Entrée', 'Veille', 'Sortie']);
});
