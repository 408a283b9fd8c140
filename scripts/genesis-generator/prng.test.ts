import { createRandom, createWeightedPicker, deriveSeed } from './prng';

const draws = (seed: number, count = 5): number[] => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.next());
};

test('same seed, same sequence; another seed, another one', () => {
  expect(draws(42)).toEqual(draws(42));
  expect(draws(42)).not.toEqual(draws(43));
});

test('the canonical mulberry32 values (changing them would change every generated feed)', () => {
  expect(draws(1, 3).map((value) => Math.round(value * 1e9))).toEqual([627073941, 2735721, 527447040]);
});

test.each([
  [0, 0],
  [1, 6],
  [-3, 3],
  [10, 99],
])('int(%i, %i) stays within bounds and reaches both', (min, max) => {
  const random = createRandom(7);
  const seen = new Set<number>();
  for (let index = 0; index < 5000; index++) seen.add(random.int(min, max));
  expect(Math.min(...seen)).toBe(min);
  expect(Math.max(...seen)).toBe(max);
});

test.each([
  [0, 0],
  [0.3, 0.3],
  [1, 1],
])('chance(%f) happens about that often', (probability, expected) => {
  const random = createRandom(3);
  let hits = 0;
  for (let index = 0; index < 20000; index++) if (random.chance(probability)) hits++;
  expect(hits / 20000).toBeCloseTo(expected, 1);
});

test('weighted follows the weights', () => {
  const random = createRandom(5);
  const counts = { a: 0, b: 0, c: 0 };
  for (let index = 0; index < 30000; index++) counts[random.weighted<'a' | 'b' | 'c'>([['a', 1], ['b', 2], ['c', 0]])]++;
  expect(counts.c).toBe(0);
  expect(counts.b / counts.a).toBeCloseTo(2, 0);
});

test('createWeightedPicker follows the weights', () => {
  const pick = createWeightedPicker(['rare', 'common', 'never'], (item) => (item === 'rare' ? 1 : item === 'common' ? 9 : 0));
  const random = createRandom(11);
  const counts = new Map<string, number>();
  for (let index = 0; index < 20000; index++) {
    const item = pick(random);
    counts.set(item, (counts.get(item) ?? 0) + 1);
  }
  expect(counts.get('never')).toBeUndefined();
  expect((counts.get('rare') ?? 0) / 20000).toBeCloseTo(0.1, 1);
});

test.each([
  [1, 'referents', 1, 'households', false],
  [1, 'referents', 2, 'referents', false],
  [1, 'referents', 1, 'referents', true],
])('deriveSeed(%i, %s) equals deriveSeed(%i, %s): %s', (seedA, saltA, seedB, saltB, equal) => {
  expect(deriveSeed(seedA, saltA) === deriveSeed(seedB, saltB)).toBe(equal);
});

test('pick refuses an empty list', () => {
  expect(() => createRandom(1).pick([])).toThrow(RangeError);
});
