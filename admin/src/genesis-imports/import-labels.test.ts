import { durationText } from './import-labels';

test.each([
  [null, ''],
  [350, '350 ms'],
  [1499, '1 s'],
  [59_400, '59 s'],
  [60_000, '1 min'],
  [754_000, '12 min 34 s'],
])('durationText(%j) → %j', (ms, expected) => {
  expect(durationText(ms)).toBe(expected);
});
