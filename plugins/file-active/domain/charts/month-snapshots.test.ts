import { monthSnapshots, calendarMonth } from './month-snapshots';

test.each([
  ['2026-12-02', 3, [{ month: '2026-10', day: '2026-10-31' }, { month: '2026-11', day: '2026-11-30' }, { month: '2026-12', day: '2026-12-02' }]],
  ['2026-03-31', 2, [{ month: '2026-02', day: '2026-02-28' }, { month: '2026-03', day: '2026-03-31' }]],
  ['2024-03-15', 2, [{ month: '2024-02', day: '2024-02-29' }, { month: '2024-03', day: '2024-03-15' }]],
  ['2026-01-10', 2, [{ month: '2025-12', day: '2025-12-31' }, { month: '2026-01', day: '2026-01-10' }]],
  ['2026-01-10', 1, [{ month: '2026-01', day: '2026-01-10' }]],
])('on %s, %i months: %j', (today, months, expected) => {
  expect(monthSnapshots(today, months)).toEqual(expected);
});

test('the calendar month', () => {
  expect(calendarMonth('2026-12-02')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  expect(calendarMonth('2024-02-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
});
