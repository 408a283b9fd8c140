import fc from 'fast-check';
import {
  addDays,
  addMonths,
  daysBetween,
  firstDayOfMonth,
  formatDate,
  formatDateTime,
  formatFrenchDate,
  fromDayNumber,
  isCalendarDate,
  isoDateFromParts,
  lastDayOfMonth,
  minDate,
  parseCalendarDate,
  parseFrenchDate,
  toDayNumber,
  todayInParis,
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
  ['26-01-01', false],
  ['0000-01-01', false],
  ['0099-12-31', true],
  ['2026-11-02T00:00', false],
  ['29/02/2024', false],
  ['', false],
  [20240229, false],
  [null, false],
])('isCalendarDate(%j) → %j', (value, expected) => {
  expect(isCalendarDate(value)).toBe(expected);
});

test.each([
  [2026, 11, 2, '2026-11-02'],
  [2026, 2, 31, null],
  [2026, 0, 1, null],
  [0, 1, 1, null],
  [2024, 2, 29, '2024-02-29'],
])('isoDateFromParts(%i, %i, %i) → %s', (year, month, day, expected) => {
  expect(isoDateFromParts(year, month, day)).toBe(expected);
});

test.each([
  ['2024-02-28', 1, '2024-02-29'],
  ['2023-02-28', 1, '2023-03-01'],
  ['2024-02-28', 2, '2024-03-01'],
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
  ['2024-03-01', '2024-02-28', -2],
  ['2024-01-01', '2025-01-01', 366],
  ['2024-10-26', '2024-10-31', 5], // across the October time change
])('daysBetween(%s, %s) → %i', (from, to, expected) => {
  expect(daysBetween(from, to)).toBe(expected);
});

test.each([
  ['1970-01-01', 0],
  ['1969-12-31', -1],
  ['2000-03-01', 11017],
])('day number of %s → %i', (date, n) => {
  expect(toDayNumber(date)).toBe(n);
  expect(fromDayNumber(n)).toBe(date);
});

test('day numbers agree with Date over a century', () => {
  for (let n = -20_000; n < 30_000; n += 37) {
    const date = new Date(n * 86_400_000).toISOString().slice(0, 10);
    expect(fromDayNumber(n)).toBe(date);
    expect(toDayNumber(date)).toBe(n);
  }
});

test('arithmetic refuses what is not a date', () => {
  expect(() => addDays('2024-02-30', 1)).toThrow('Date invalide : 2024-02-30');
  expect(() => daysBetween('29/02/2024', '2024-03-01')).toThrow(RangeError);
});

test.each([
  ['2024-02-10', 0, '2024-02-29'],
  ['2023-02-10', 0, '2023-02-28'],
  ['2100-02-01', 0, '2100-02-28'],
  ['2024-04-30', 0, '2024-04-30'],
  ['2024-12-01', 0, '2024-12-31'],
  ['2026-01-31', 1, '2026-02-28'],
  ['2028-01-10', 1, '2028-02-29'],
  ['2026-12-02', 1, '2027-01-31'],
  ['2026-03-15', -3, '2025-12-31'],
])('lastDayOfMonth(%s, %i) → %s', (date, offset, expected) => {
  expect(lastDayOfMonth(date, offset)).toBe(expected);
});

test.each([
  ['2026-01-15', 0, '2026-01-01'],
  ['2026-01-15', 1, '2026-02-01'],
  ['2024-01-31', 1, '2024-02-01'],
  ['2024-12-31', 1, '2025-01-01'],
  ['2025-03-30', 1, '2025-04-01'], // daylight-saving weekend in Paris
  ['2026-02-10', -14, '2024-12-01'],
])('firstDayOfMonth(%s, %i) → %s', (date, offset, expected) => {
  expect(firstDayOfMonth(date, offset)).toBe(expected);
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
  ['2026-01-31', '2026-02-28', 1],
  ['2024-02-29', '2025-02-28', 12],
  ['2024-02-29', '2025-02-27', 11],
  ['2017-11-07', '2022-09-30', 58], // the guide's "Entrée - 58 mois"
  ['2026-01-15', '2026-10-15', 9],
  ['2026-01-15', '2026-10-14', 8],
  ['2021-06-10', '2026-06-10', 60],
  ['2024-05-01', '2024-04-01', 0],
  ['2024-05-01', '2024-05-01', 0],
])('wholeMonthsBetween(%s, %s) → %i', (from, to, expected) => {
  expect(wholeMonthsBetween(from, to)).toBe(expected);
});

test('minDate', () => {
  expect(minDate('2024-02-29', '2024-03-01')).toBe('2024-02-29');
  expect(minDate('2024-03-01', '2024-02-29')).toBe('2024-02-29');
});

test.each([
  ['2024-02-29', '29/02/2024'],
  ['2023-01-05', '05/01/2023'],
  ['2026-11-02', '02/11/2026'],
  [null, ''],
  [undefined, ''],
  ['n/a', ''],
])('formatFrenchDate(%j) → %j', (date, expected) => {
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
])('parseFrenchDate(%j) (the feed, strict)', (text, expected) => {
  expect(parseFrenchDate(text)).toEqual(expected);
});

describe('Europe/Paris', () => {
  test('today is the Paris day, not the UTC one', () => {
    expect(todayInParis(new Date('2026-03-31T22:30:00Z'))).toBe('2026-04-01');
    expect(todayInParis(new Date('2026-01-15T12:00:00Z'))).toBe('2026-01-15');
  });

  test.each([
    ['2026-11-03', '03/11/2026'],
    ['1985-05-22', '22/05/1985'],
    [null, ''],
    ['', ''],
    // 23:30 UTC on 31 December is already 1 January in Paris.
    ['2025-12-31T23:30:00.000Z', '01/01/2026'],
  ])('formatDate(%j) → %j', (value, expected) => {
    expect(formatDate(value)).toBe(expected);
  });

  test('a timestamp with its Paris time', () => {
    expect(formatDateTime('2026-07-14T08:05:00.000Z')).toBe('14/07/2026 à 10:05');
    expect(formatDateTime('2026-07-14')).toBe('14/07/2026');
  });
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
    fc.assert(fc.property(day, (d) => parseCalendarDate(formatFrenchDate(d)) === d && parseFrenchDate(formatFrenchDate(d)).ok));
  });
});
