import { exitCandidateCutoff, isExitCandidate, isExitCandidateRow } from './exit-candidates';

test.each([
  ['2024-03-04', '2024-02-28'],
  ['2024-03-05', '2024-02-29'],
  ['2023-03-05', '2023-02-28'],
  ['2024-01-03', '2023-12-29'],
])('exitCandidateCutoff(%s) → %s', (today, expected) => {
  expect(exitCandidateCutoff(today)).toBe(expected);
});

test.each([
  ['2024-03-05', '2024-02-29', false], // exactly J-5: not yet
  ['2024-03-05', '2024-02-28', true],
  ['2024-03-05', '2024-03-04', false],
  ['2024-03-05', '2024-03-05', false],
  ['2024-03-05', null, true],
])('today %s, actualisation %j → %j', (today, updated, expected) => {
  expect(isExitCandidate(updated, today)).toBe(expected);
});

test.each([
  [{ updatedFromGenesisOn: '2024-01-10', parcours: { start: '2023-01-01', end: null } }, true],
  [{ updatedFromGenesisOn: '2024-01-10', parcours: { start: '2023-01-01', end: '2024-03-31' } }, true], // planned end shown
  [{ updatedFromGenesisOn: '2024-01-10', parcours: { start: '2023-01-01', end: '2024-02-28' } }, false], // already out
  [{ updatedFromGenesisOn: '2024-01-10', parcours: null }, false],
  [{ updatedFromGenesisOn: '2024-02-28', parcours: { start: '2023-01-01', end: null } }, false],
])('%j → %j', (row, expected) => {
  expect(isExitCandidateRow(row, '2024-02-29')).toBe(expected);
});
