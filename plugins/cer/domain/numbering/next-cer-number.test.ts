import { nextCerNumber } from './next-cer-number';

describe('nextCerNumber', () => {
  test.each<[string, number[], number]>([
    ['first CER of the file', [], 1],
    ['after 1', [1], 2],
    ['after the highest, whatever the order', [3, 1, 2], 4],
    ['a gap is not filled (numbers only grow)', [1, 4], 5],
    ['numbers set by hand count', [12], 13],
    ['non-integer junk is ignored', [Number.NaN, 2], 3],
  ])('%s', (_label, existing, expected) => {
    expect(nextCerNumber(existing)).toBe(expected);
  });
});
