import { LIST_COUNT_CAP, isCappedTotal, listCountCapLabel } from './list-count';

test.each([
  [0, false],
  [LIST_COUNT_CAP, false],
  [LIST_COUNT_CAP + 1, true],
])('total %j capped: %j', (total, capped) => {
  expect(isCappedTotal(total)).toBe(capped);
});

test('the cap as the console writes it', () => {
  expect(listCountCapLabel()).toBe('10\u00a0000');
});
