import { accompanimentLabel, durationLabel } from './accompaniment-label';

// The clock is a parameter: "today" is frozen in every case.
test.each<[Parameters<typeof accompanimentLabel>, string]>([
  [['entree', '2026-01-15', '2026-10-20'], 'Entrée - 9 mois'],
  [['veille', '2026-01-15', '2026-01-20'], 'Veille - moins d’un mois'],
  [['entree', '2021-11-07', '2026-09-30'], 'Entrée - 4 ans et 10 mois'],
  [['sortie', '2025-03-01', '2026-03-01'], 'Sortie - 1 an'],
  [['entree', null, '2026-03-01'], 'Entrée'],
])('accompanimentLabel(%j) → %j', (args, expected) => {
  expect(accompanimentLabel(...args)).toBe(expected);
});

test.each([
  [0, 'moins d’un mois'],
  [1, '1 mois'],
  [12, '1 an'],
  [25, '2 ans et 1 mois'],
])('durationLabel(%i) → %j', (months, expected) => {
  expect(durationLabel(months)).toBe(expected);
});
