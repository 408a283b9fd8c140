import { CER_STATES, CER_STATE_LABELS, CER_STATE_SHORT_LABELS, isCerState } from './cer-states';

test.each([
  ['proposition', 'CER proposition', 'Proposition'],
  ['soumis_etude', "Soumis à l'étude", 'Soumis à étude'],
  ['etude_commission', 'Étude approfondie en commission', 'Étude en commission'],
  ['attente_decision', 'Attente de décision', 'En attente de décision'],
  ['valide', 'Validé', 'Validé'],
  ['non_valide', 'Non validé', 'Non validé'],
] as const)('%s: « %s » in messages and documents, « %s » in the console', (state, label, short) => {
  expect(isCerState(state)).toBe(true);
  expect(CER_STATE_LABELS[state]).toBe(label);
  expect(CER_STATE_SHORT_LABELS[state]).toBe(short);
});

test('the validation chain, in order', () => {
  expect(CER_STATES).toEqual(['proposition', 'soumis_etude', 'etude_commission', 'attente_decision', 'valide', 'non_valide']);
});

test.each([['Proposition'], ['valid'], [''], [null], [3]])('isCerState(%j) is false', (value) => {
  expect(isCerState(value)).toBe(false);
});
