import { totalFromContentRange } from './content-range';

test.each([
  ['beneficiaries 0-24/319', 319],
  ['beneficiaries 0-0/0', 0],
  ['notes 0-0/*', 0],
  [null, 0],
  ['', 0],
])('%j → %j', (header, expected) => {
  expect(totalFromContentRange(header)).toBe(expected);
});
