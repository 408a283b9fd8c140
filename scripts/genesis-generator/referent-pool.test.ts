import { TERRITORIES } from './commune-catalogue';
import { createRandom } from './prng';
import { EXTERNAL_STRUCTURES, createReferentPicker, referentPool } from './referent-pool';

test('same seed and size, same pool', () => {
  expect(referentPool(3, 500)).toEqual(referentPool(3, 500));
  expect(referentPool(3, 500)).not.toEqual(referentPool(4, 500));
});

test.each([
  [10, 12],
  [1000, 15],
  [100_000, 1446],
])('%i households → about %i named référents (+ structure accounts)', (households, named) => {
  const pool = referentPool(1, households);
  expect(pool.filter((referent) => !referent.login.startsWith('ft-'))).toHaveLength(named);
});

test('logins are unique and look like prenom.nom12 (or a structure account)', () => {
  const pool = referentPool(8, 20_000);
  expect(new Set(pool.map((referent) => referent.login)).size).toBe(pool.length);
  for (const { login } of pool) expect(login).toMatch(/^(?:[a-z]+\.[a-z]+\d{2}|ft-[a-z]+)$/);
});

test('every territory has DTAS workers and partners of its own territory', () => {
  const pool = referentPool(2, 3000);
  for (const territory of TERRITORIES) {
    const local = pool.filter((referent) => referent.territory === territory);
    expect(local.filter((referent) => referent.internal).every((referent) => referent.structure === `DTAS-${territory}`)).toBe(true);
    const partners = new Set(EXTERNAL_STRUCTURES.filter((structure) => structure.territory === territory).map((structure) => structure.code));
    expect(local.filter((referent) => !referent.internal).every((referent) => partners.has(referent.structure))).toBe(true);
    expect(local.some((referent) => referent.internal)).toBe(true);
    expect(local.some((referent) => !referent.internal)).toBe(true);
  }
});

test('the picker mixes internal and external référents of the person’s territory', () => {
  const pick = createReferentPicker(referentPool(2, 3000));
  const random = createRandom(1);
  const picked = Array.from({ length: 2000 }, () => pick(random, 'SUD'));
  expect(picked.every((referent) => referent.territory === 'SUD')).toBe(true);
  const internalShare = picked.filter((referent) => referent.internal).length / picked.length;
  expect(internalShare).toBeGreaterThan(0.45);
  expect(internalShare).toBeLessThan(0.65);
});
