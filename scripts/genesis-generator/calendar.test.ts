import { addDays, addYears, compactDate, createFrenchDateCache, daysBetween, firstOfMonth, fromDayNumber, toDayNumber } from './calendar';

test.each([
  ['2026-11-02', 1, '2026-11-03'],
  ['2026-11-30', 1, '2026-12-01'],
  ['2026-12-31', 1, '2027-01-01'],
  ['2024-02-28', 1, '2024-02-29'],
  ['2023-02-28', 1, '2023-03-01'],
  ['2026-03-29', -1, '2026-03-28'],
  ['2026-11-02', -365, '2025-11-02'],
  ['1970-01-01', 0, '1970-01-01'],
  ['1962-03-18', 10_000, '1989-08-03'],
])('addDays(%s, %i) = %s', (iso, days, expected) => {
  expect(addDays(iso, days)).toBe(expected);
});

test('day numbers agree with Date over a century', () => {
  for (let day = -20_000; day < 30_000; day += 37) {
    const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    expect(fromDayNumber(day)).toBe(iso);
    expect(toDayNumber(iso)).toBe(day);
  }
});

test.each([
  ['2026-11-02', '2026-11-04', 2],
  ['2026-11-04', '2026-11-02', -2],
  ['2024-01-01', '2025-01-01', 366],
])('daysBetween(%s, %s) = %i', (from, to, expected) => {
  expect(daysBetween(from, to)).toBe(expected);
});

test.each([
  ['2026-11-17', 0, '2026-11-01'],
  ['2026-11-17', 1, '2026-10-01'],
  ['2026-01-05', 1, '2025-12-01'],
  ['2026-03-31', 14, '2025-01-01'],
])('firstOfMonth(%s, %i) = %s', (iso, back, expected) => {
  expect(firstOfMonth(iso, back)).toBe(expected);
});

test.each([
  ['2000-06-15', 18, '2018-06-15'],
  ['2004-02-29', 18, '2022-03-01'],
  ['2004-02-29', 20, '2024-02-29'],
])('addYears(%s, %i) = %s', (iso, years, expected) => {
  expect(addYears(iso, years)).toBe(expected);
});

test('compactDate and the French date cache', () => {
  const french = createFrenchDateCache();
  expect(compactDate('2026-11-02')).toBe('20261102');
  expect([french('2026-11-02'), french('2026-11-02'), french(null)]).toEqual(['02/11/2026', '02/11/2026', '']);
});
