import { formatParisLocal, isParisLocalTime, parisLocalToInstant, toParisLocal } from './paris-time';

test.each([
  ['2026-12-10T14:30', '2026-12-10T13:30:00.000Z'],
  ['2026-07-01T09:00', '2026-07-01T07:00:00.000Z'],
  ['2026-03-29T01:59', '2026-03-29T00:59:00.000Z'],
  ['2026-03-29T03:00', '2026-03-29T01:00:00.000Z'],
  ['2026-10-25T02:30', '2026-10-25T00:30:00.000Z'],
])('%s in Paris is %s', (local, utc) => {
  expect(parisLocalToInstant(local)?.toISOString()).toBe(utc);
  expect(toParisLocal(new Date(utc))).toBe(local);
});

test.each(['2026-03-29T02:30', '2026-02-30T10:00', '2026-12-10 14:30', '2026-12-10T24:00', '', 'demain'])('%s is refused', (local) => {
  expect(parisLocalToInstant(local)).toBeNull();
});

test('shape check', () => {
  expect(isParisLocalTime('2026-12-10T08:05')).toBe(true);
  expect(isParisLocalTime('2026-12-10T8:05')).toBe(false);
});

test.each([
  ['2026-12-10T08:05', '10/12/2026 à 08:05'],
  ['2026-03-29T23:59', '29/03/2026 à 23:59'],
  ['2026-12-10', ''],
  [null, ''],
])('formatParisLocal(%s) is « %s »', (local, text) => {
  expect(formatParisLocal(local)).toBe(text);
});
