import { ardecheCommunes, createCommunePicker, outsideCommunes } from './commune-catalogue';
import { createRandom } from './prng';

test('the 335 current communes of Ardèche, each in one DTAS', () => {
  const communes = ardecheCommunes();
  expect(communes).toHaveLength(335);
  const count = (territory: string) => communes.filter((commune) => commune.territory === territory).length;
  expect([count('NORD'), count('CENTRE'), count('SUD')]).toEqual([118, 66, 151]);
  for (const commune of communes) {
    expect(commune.inseeCode).toMatch(/^07\d{3}$/);
    expect(commune.postalCode).toMatch(/^\d{5}$/); // a few use a neighbour's post office (48250)
  }
});

test.each([
  ['07186', 'Privas', '07000', 'CENTRE'],
  ['07010', 'Annonay', '07100', 'NORD'],
  ['07019', 'Aubenas', '07200', 'SUD'],
  ['07324', 'Tournon-sur-Rhône', '07300', 'NORD'],
])('%s %s (%s) is in DTAS %s', (inseeCode, name, postalCode, territory) => {
  expect(ardecheCommunes().find((commune) => commune.inseeCode === inseeCode)).toMatchObject({ name, postalCode, territory });
});

test('communes outside Ardèche are towns of the neighbouring départements, without DTAS', () => {
  const outside = outsideCommunes();
  expect(outside.find((commune) => commune.inseeCode === '42218')).toMatchObject({ name: 'Saint-Étienne', territory: null });
  expect(outside.every((commune) => ['26', '42', '43', '30', '48', '69'].includes(commune.inseeCode.slice(0, 2)))).toBe(true);
});

test.each(['NORD', 'CENTRE', 'SUD'] as const)('the picker keeps to DTAS %s when asked', (territory) => {
  const picker = createCommunePicker();
  const random = createRandom(1);
  for (let index = 0; index < 200; index++) expect(picker.inArdeche(random, territory).territory).toBe(territory);
});

test('towns come up more often than villages', () => {
  const picker = createCommunePicker();
  const random = createRandom(2);
  const picks = Array.from({ length: 20000 }, () => picker.inArdeche(random).inseeCode);
  const annonay = picks.filter((code) => code === '07010').length;
  const accons = picks.filter((code) => code === '07001').length;
  expect(annonay).toBeGreaterThan(accons * 3);
});
