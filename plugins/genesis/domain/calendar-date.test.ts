import { formatFrenchDate, isIsoDate, isoDateFromParts, parseFrenchDate } from './calendar-date';

describe('parseFrenchDate', () => {
  test.each([
    ['15/04/1995', { ok: true, iso: '1995-04-15' }],
    ['29/02/2024', { ok: true, iso: '2024-02-29' }],
    ['31/12/0099', { ok: true, iso: '0099-12-31' }],
    ['31/02/2024', { ok: false, reason: 'impossible' }],
    ['29/02/2023', { ok: false, reason: 'impossible' }],
    ['29/02/1900', { ok: false, reason: 'impossible' }],
    ['00/01/2024', { ok: false, reason: 'impossible' }],
    ['12/13/2024', { ok: false, reason: 'impossible' }],
    ['1/4/1995', { ok: false, reason: 'format' }],
    ['1995-04-15', { ok: false, reason: 'format' }],
    ['15/04/95', { ok: false, reason: 'format' }],
    ['15.04.1995', { ok: false, reason: 'format' }],
    ['', { ok: false, reason: 'format' }],
  ])('%s', (text, expected) => {
    expect(parseFrenchDate(text)).toEqual(expected);
  });
});

describe('isIsoDate', () => {
  test.each([
    ['2026-11-02', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-1-02', false],
    ['02/11/2026', false],
    ['2026-11-02T00:00', false],
  ])('%s → %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

test.each([
  [2026, 11, 2, '2026-11-02'],
  [2026, 2, 31, null],
  [2026, 0, 1, null],
])('isoDateFromParts(%i, %i, %i) = %s', (year, month, day, expected) => {
  expect(isoDateFromParts(year, month, day)).toBe(expected);
});

test('formatFrenchDate writes dd/mm/yyyy', () => {
  expect(formatFrenchDate('2026-11-02')).toBe('02/11/2026');
});
