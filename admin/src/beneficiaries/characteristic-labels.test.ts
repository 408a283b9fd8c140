import { characteristicDisplay, groupByFamily } from './characteristic-labels';

test.each<[string | null, string | null | undefined, string]>([
  ['2', 'Droit ouvert et versable', 'Droit ouvert et versable'],
  ['9', '9', '9'], // a code removed from the catalogue: as stored
  ['2026-11-02', '2026-11-02', '02/11/2026'],
  ['2026-11-02', undefined, '02/11/2026'],
  ['1234567', null, '1234567'],
  [null, null, ''],
])('characteristicDisplay(%j, %j) → %j', (value, label, expected) => {
  expect(characteristicDisplay(value, label)).toBe(expected);
});

test('groups by family, sorted the French way', () => {
  const groups = groupByFamily([
    { family: 'Situation RSA', name: 'Orientation' },
    { family: 'AdministratifCD07', name: 'Organisme' },
    { family: 'Situation RSA', name: 'Etat du droit' },
  ]);
  expect(groups.map(([family, items]) => [family, items.map((i) => i.name)])).toEqual([
    ['AdministratifCD07', ['Organisme']],
    ['Situation RSA', ['Etat du droit', 'Orientation']],
  ]);
});
