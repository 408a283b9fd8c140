import { formatParisLocal, isParisLocalTime, parisLocalToInstant, toParisLocal } from './paris-time';
import fc from 'fast-check';

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

// toParisLocal keeps Paris's offset per UTC hour: pinned to Intl on random instants (1990–2100, so
// also the path before 1996) and on every minute around the changes of 2026 and 2040.
const PARIS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
const intlLocal = (instant: Date): string => {
  const p = Object.fromEntries(PARIS.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
};

test('toParisLocal gives what Intl gives, at any instant and around each change of offset', () => {
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
      expect(toParisLocal(new Date(ms))).toBe(intlLocal(new Date(ms)));
    }),
    { numRuns: 5000 },
  );
  for (const change of [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2040, 2, 25, 1), Date.UTC(2040, 9, 28, 1)]) {
    for (let ms = change - 2 * 3_600_000; ms <= change + 2 * 3_600_000; ms += 60_000) expect(toParisLocal(new Date(ms))).toBe(intlLocal(new Date(ms)));
  }
});
