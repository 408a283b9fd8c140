import {
  firstDayOfMonth,
  formatDate,
  formatDateTime,
  isCalendarDate,
  lastDayOfMonth,
  todayInParis,
  wholeMonthsBetween,
} from './calendar-date';

describe('formatDate', () => {
  test.each([
    ['2026-11-03', '03/11/2026'],
    ['1985-05-22', '22/05/1985'],
    [null, ''],
    ['', ''],
    // 23:30 UTC on 31 December is already 1 January in Paris.
    ['2025-12-31T23:30:00.000Z', '01/01/2026'],
  ])('%j → %j', (value, expected) => {
    expect(formatDate(value)).toBe(expected);
  });

  test('a timestamp with its Paris time', () => {
    expect(formatDateTime('2026-07-14T08:05:00.000Z')).toBe('14/07/2026 à 10:05');
  });
});

test('today is the Paris day, not the UTC one', () => {
  expect(todayInParis(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
  expect(todayInParis(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-15');
});

test.each([
  ['2026-01-15', 0, '2026-01-31'],
  ['2026-01-31', 1, '2026-02-28'],
  ['2028-01-10', 1, '2028-02-29'],
  ['2026-12-02', 1, '2027-01-31'],
  ['2026-11-30', 0, '2026-11-30'],
])('last day of the month of %s + %i → %s', (date, offset, expected) => {
  expect(lastDayOfMonth(date, offset)).toBe(expected);
});

test.each([
  ['2026-01-15', 1, '2026-02-01'],
  ['2026-12-31', 1, '2027-01-01'],
])('first day of the month of %s + %i → %s', (date, offset, expected) => {
  expect(firstDayOfMonth(date, offset)).toBe(expected);
});

test.each([
  ['2026-01-15', '2026-10-15', 9],
  ['2026-01-15', '2026-10-14', 8],
  ['2026-01-31', '2026-02-28', 0],
  ['2026-05-01', '2026-05-01', 0],
  ['2026-05-01', '2026-04-01', 0],
  ['2021-06-10', '2026-06-10', 60],
])('whole months from %s to %s → %i', (from, to, expected) => {
  expect(wholeMonthsBetween(from, to)).toBe(expected);
});

test.each([
  ['2026-02-29', false],
  ['2028-02-29', true],
  ['2026-13-01', false],
  ['26-01-01', false],
])('isCalendarDate(%s) → %j', (value, expected) => {
  expect(isCalendarDate(value)).toBe(expected);
});
