// A capped total (« plus de 10 000 ») is remembered for the TTL, per key; an exact one never is.
import { LIST_COUNT_CAP } from '@rsa/vocabulary';
import { cappedTotals } from './capped-totals';

const setUp = (entries = 10) => {
  let clock = 1_000;
  const counted: string[] = [];
  const totals = cappedTotals(() => clock, 30_000, entries);
  const count = (key: string, total: number) => totals.total(key, async () => (counted.push(key), total));
  return { count, counted, tick: (ms: number) => (clock += ms) };
};

test('a capped total is not counted again within the TTL, then is', async () => {
  const { count, counted, tick } = setUp();
  expect(await count('nord', LIST_COUNT_CAP + 1)).toBe(LIST_COUNT_CAP + 1);
  tick(29_999);
  expect(await count('nord', 12)).toBe(LIST_COUNT_CAP + 1);
  expect(counted).toEqual(['nord']);
  tick(1);
  expect(await count('nord', 9_999)).toBe(9_999);
  expect(counted).toEqual(['nord', 'nord']);
});

test('an exact total is counted every time; keys do not mix', async () => {
  const { count, counted } = setUp();
  expect(await count('sud', 40)).toBe(40);
  expect(await count('sud', 41)).toBe(41);
  expect(await count('nord', LIST_COUNT_CAP + 1)).toBe(LIST_COUNT_CAP + 1);
  expect(await count('siege', 7)).toBe(7);
  expect(counted).toEqual(['sud', 'sud', 'nord', 'siege']);
});

test('past the size, the oldest key is forgotten first', async () => {
  const { count, counted } = setUp(2);
  for (const key of ['a', 'b', 'c']) await count(key, LIST_COUNT_CAP + 1);
  await count('c', 1);
  await count('b', 1);
  await count('a', 3);
  expect(counted).toEqual(['a', 'b', 'c', 'a']);
});
