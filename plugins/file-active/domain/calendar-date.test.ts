import fc from 'fast-check';
import {
  addDays,
  addMonths,
  daysBetween,
  formatFrenchDate,
  isCalendarDate,
  lastDayOfMonth,
  parseCalendarDate,
  wholeMonthsBetween,
} from './calendar-date';

test.each([
  ['2024-02-29', true],
  ['2023-02-29', false],
  ['2000-02-29', true],
  ['1900-02-29', false],
  ['2024-04-31', false],
  ['2024-12-31', true],
  ['2024-13-01', false],
  ['2024-00-10', false],
  ['2024-1-01', false],
  ['29/02/2024', false],
  ['', false],
  [20240229, false],
])('isCalendarDate(%j) → %j', (value, expected) => {
  expect(isCalendarDate(value)).toBe(expected);
});

test.each([
  ['2024-02-28', 1, '2024-02-29'],
  ['2023-02-28', 1, '2023-03-01'],
  ['2024-12-31', 1, '2025-01-01'],
  ['2024-03-01', -1, '2024-02-29'],
  ['2024-03-31', 0, '2024-03-31'],
  ['2024-10-27', 1, '2024-10-28'], // daylight-saving change in Paris: irrelevant here
])('addDays(%s, %i) → %s', (date, days, expected) => {
  expect(addDays(date, days)).toBe(expected);
});

test.each([
  ['2024-02-01', '2024-03-01', 29],
  ['2023-02-01', '2023-03-01', 28],
  ['2024-03-01', '2024-02-01', -29],
  ['2024-01-01', '2025-01-01', 366],
])('daysBetween(%s, %s) → %i', (from, to, expected) => {
  expect(daysBetween(from, to)).toBe(expected);
});

test.each([
  ['2024-02-10', '2024-02-29'],
  ['2023-02-10', '2023-02-28'],
  ['2100-02-01', '2100-02-28'],
  ['2024-04-30', '2024-04-30'],
  ['2024-12-01', '2024-12-31'],
])('lastDayOfMonth(%s) → %s', (date, expected) => {
  expect(lastDayOfMonth(date)).toBe(expected);
});

test.each([
  ['2024-01-31', 1, '2024-02-29'],
  ['2023-01-31', 1, '2023-02-28'],
  ['2024-11-15', 2, '2025-01-15'],
  ['2024-03-31', -1, '2024-02-29'],
  ['2024-02-29', 12, '2025-02-28'],
])('addMonths(%s, %i) → %s', (date, months, expected) => {
  expect(addMonths(date, months)).toBe(expected);
});

test.each([
  ['2024-01-15', '2024-02-14', 0],
  ['2024-01-15', '2024-02-15', 1],
  ['2024-01-31', '2024-02-28', 0],
  ['2024-01-31', '2024-02-29', 1], // last day of a shorter month completes it
  ['2023-01-31', '2023-02-28', 1],
  ['2024-02-29', '2025-02-28', 12],
  ['2024-02-29', '2025-02-27', 11],
  ['2017-11-07', '2022-09-30', 58], // the guide's "Entrée - 58 mois"
  ['2024-05-01', '2024-04-01', 0],
  ['2024-05-01', '2024-05-01', 0],
])('wholeMonthsBetween(%s, %s) → %i', (from, to, expected) => {
  expect(wholeMonthsBetween(from, to)).toBe(expected);
});

test.each([
  ['2024-02-29', '29/02/2024'],
  ['2023-01-05', '05/01/2023'],
])('formatFrenchDate(%s) → %s', (date, expected) => {
  expect(formatFrenchDate(date)).toBe(expected);
});

test.each([
  ['2024-02-29', '2024-02-29'],
  ['29/02/2024', '2024-02-29'],
  [' 5/1/2023 ', '2023-01-05'],
  ['29/02/2023', null],
  ['31/04/2024', null],
  ['2024/02/29', null],
  ['', null],
])('parseCalendarDate(%j) → %j', (input, expected) => {
  expect(parseCalendarDate(input)).toBe(expected);
});

describe('properties', () => {
  // Every real day from 1990 to 2100, as YYYY-MM-DD.
  const day = fc
    .integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

  test('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const moved = addDays(d, n);
        return isCalendarDate(moved) && daysBetween(d, moved) === n;
      }),
    );
  });

  test('lastDayOfMonth is a real day whose next day is a 1st', () => {
    fc.assert(fc.property(day, (d) => addDays(lastDayOfMonth(d), 1).endsWith('-01')));
  });

  test('whole months never exceed what addMonths reaches', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const months = wholeMonthsBetween(from, to);
        return addMonths(from, months) <= to && addMonths(from, months + 1) > to;
      }),
    );
  });

  test('French format round-trips', () => {
    fc.assert(fc.property(day, (d) => parseCalendarDate(formatFrenchDate(d)) === d));
  });
});
