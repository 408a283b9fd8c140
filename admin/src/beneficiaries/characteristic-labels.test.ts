import { characteristicChoices, characteristicValueLabel, groupByFamily } from './characteristic-labels';

test.each([
  ['Situation RSA', 'Etat du droit', '2', 'Droit ouvert et versable'],
  ['Situation RSA', 'Etat du droit', '5', 'Droit clos'],
  ['Situation RSA', 'Etat du droit', '9', '9'],
  ['Situation RSA', 'SDD_NSDD', 'NSDD', 'Non soumis aux droits et devoirs'],
  ['Situation RSA', 'Orientation', 'SOC', 'Sociale'],
  ['Situation familiale', 'Situation familiale', 'MAR', 'Marié(e)'],
  ['Situation RSA', 'Date état du droit', '2026-11-02', '02/11/2026'],
  ['AdministratifCD07', 'Numéro CAF/MSA', '1234567', '1234567'],
  ['AdministratifCD07', 'Motif MIDEM', null, ''],
])('%s / %s = %j → %j', (family, name, value, expected) => {
  expect(characteristicValueLabel(family, name, value)).toBe(expected);
});

test('list characteristics offer their labels, free text none', () => {
  expect(characteristicChoices('AdministratifCD07', 'Permis de conduire')).toEqual([
    { id: 'OUI', name: 'Oui' },
    { id: 'NON', name: 'Non' },
  ]);
  expect(characteristicChoices('AdministratifCD07', 'Motif demande de MIDEM')).toBeNull();
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
