import type { CalendarDate } from '@rsa/vocabulary';
import { defaultReportPeriod, isWithinPeriod, validateReportPeriod, withPeriodDefaults } from './report-period';

test.each([
  ['2024-03-06', { from: '2024-02-29', to: '2024-03-06' }],
  ['2024-03-01', { from: '2024-02-24', to: '2024-03-01' }],
  ['2023-03-01', { from: '2023-02-23', to: '2023-03-01' }],
  ['2024-01-03', { from: '2023-12-28', to: '2024-01-03' }],
])('defaultReportPeriod(%s) → %j', (today, expected) => {
  expect(defaultReportPeriod(today)).toEqual(expected);
});

test.each([
  [{ from: '2024-02-01', to: '2024-02-29' }, null],
  [{ from: '2024-02-29', to: '2024-02-29' }, null],
  [{ from: '2024-03-01', to: '2024-02-29' }, 'La fin de la période (29/02/2024) précède son début (01/03/2024).'],
  [{ from: '2023-02-29', to: '2024-02-29' }, 'La date de début de la période n’est pas une date valide.'],
  [{ from: '2024-02-01', to: '' }, 'La date de fin de la période n’est pas une date valide.'],
  [{ from: '2000-01-01', to: '2024-02-29' }, 'La période ne peut pas dépasser dix ans.'],
])('validateReportPeriod(%j) → %j', (input, message) => {
  expect(validateReportPeriod(input)).toEqual(message === null ? { ok: true, period: input } : { ok: false, message });
});

test.each([
  ['2024-02-29', true],
  ['2024-02-01', true],
  ['2024-01-31', false],
  ['2024-03-01', false],
  [null, false],
])('isWithinPeriod(%j, février 2024) → %j', (date, expected) => {
  expect(isWithinPeriod(date, { from: '2024-02-01', to: '2024-02-29' })).toBe(expected);
});

test('a report’s empty period inputs show the period it applies; other parameters are left alone', () => {
  const params = [
    { name: 'from', label: 'Du', kind: 'date' as const },
    { name: 'to', label: 'Au', kind: 'date' as const },
    { name: 'days', label: 'Nombre de jours', kind: 'number' as const, defaultValue: '30' },
  ];
  expect(withPeriodDefaults(params, defaultReportPeriod('2027-03-01' as CalendarDate, 30))).toEqual([
    { name: 'from', label: 'Du', kind: 'date', defaultValue: '2027-01-31' },
    { name: 'to', label: 'Au', kind: 'date', defaultValue: '2027-03-01' },
    { name: 'days', label: 'Nombre de jours', kind: 'number', defaultValue: '30' },
  ]);
});
