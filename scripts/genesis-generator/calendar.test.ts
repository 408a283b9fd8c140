import { addYears, compactDate, createFrenchDateCache, firstOfMonth } from './calendar';

// addDays, daysBetween and day numbers: packages/vocabulary/src/calendar-date.test.ts.
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
