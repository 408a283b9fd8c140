import { isAuditActionKind, journalPeriod, parisDayStart } from './audit-journal';

test.each([
  ['2026-01-15', '2026-01-14T23:00:00.000Z'],
  ['2026-07-01', '2026-06-30T22:00:00.000Z'],
  // The days of the clock changes: midnight is still before the change.
  ['2026-03-29', '2026-03-28T23:00:00.000Z'],
  ['2026-03-30', '2026-03-29T22:00:00.000Z'],
  ['2026-10-25', '2026-10-24T22:00:00.000Z'],
  ['2026-10-26', '2026-10-25T23:00:00.000Z'],
  ['2024-02-29', '2024-02-28T23:00:00.000Z'],
])('a day in Paris %s begins at %s UTC', (day, instant) => {
  expect(parisDayStart(day).toISOString()).toBe(instant);
});

test.each<[unknown, unknown, string | null, string | null, string | null]>([
  [undefined, undefined, null, null, null],
  ['', '', null, null, null],
  ['2026-12-01', undefined, '2026-11-30T23:00:00.000Z', null, null],
  [undefined, '2026-12-01', null, '2026-12-01T23:00:00.000Z', null],
  ['2026-12-01', '2026-12-01', '2026-11-30T23:00:00.000Z', '2026-12-01T23:00:00.000Z', null],
  ['2026-12-31', '2027-01-01', '2026-12-30T23:00:00.000Z', '2027-01-01T23:00:00.000Z', null],
  ['2026-12-02', '2026-12-01', null, null, 'La période commence le 02/12/2026, après sa fin le 01/12/2026.'],
  ['01/12/2026', undefined, null, null, 'La date de début de la période n’est pas une date valide (AAAA-MM-JJ).'],
  [undefined, '2026-02-30', null, null, 'La date de fin de la période n’est pas une date valide (AAAA-MM-JJ).'],
  [42, undefined, null, null, 'La date de début de la période n’est pas une date valide (AAAA-MM-JJ).'],
])('journalPeriod(%j, %j)', (from, to, start, before, message) => {
  const check = journalPeriod(from, to);
  if (message !== null) {
    expect(check).toEqual({ ok: false, message });
    return;
  }
  expect(check.ok).toBe(true);
  if (!check.ok) return;
  expect(check.period.from?.toISOString() ?? null).toBe(start);
  expect(check.period.before?.toISOString() ?? null).toBe(before);
});

test.each([
  ['read', true],
  ['change', true],
  ['export', true],
  ['read:file', false],
  ['', false],
  [null, false],
])('isAuditActionKind(%j) → %j', (value, expected) => {
  expect(isAuditActionKind(value)).toBe(expected);
});
