import { fileMutation, isMutation } from './mutation';

const communes: Record<string, string> = { '07186': 'CENTRE', '07010': 'NORD', '07019': 'SUD', '07102': 'SUD' };
const lookup = (insee: string) => communes[insee] ?? null;

test.each([
  ['07186', '07186', null],
  ['07186', '26362', 'hors_departement'], // Valence, Drôme
  ['07186', '2A004', 'hors_departement'],
  ['07186', '97411', 'hors_departement'],
  ['07019', '07102', null], // same DTAS
  ['07186', '07010', 'autre_dtas'],
  ['26362', '07186', 'autre_dtas'], // back into the département
  ['07186', '07999', null], // unknown commune: no conclusion
  ['26362', '38185', 'hors_departement'],
])('isMutation(%s → %s) → %j', (from, to, expected) => {
  expect(isMutation(from, to, lookup)).toBe(expected);
});

test('another département code', () => {
  expect(isMutation('26362', '07186', () => 'X', '26')).toBe('hors_departement');
});

test.each([
  [{ inseeCode: '07186', territory: 'CENTRE' }, null],
  [{ inseeCode: '07010', territory: 'CENTRE' }, 'autre_dtas'],
  [{ inseeCode: '26362', territory: 'CENTRE' }, 'hors_departement'],
  [{ inseeCode: '07999', territory: 'CENTRE' }, null],
  [{ inseeCode: '07186', territory: null }, null],
])('fileMutation(%j) → %j', (file, expected) => {
  expect(fileMutation(file, lookup)).toBe(expected);
});
