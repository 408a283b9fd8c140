// The calendar itself (addDays, isCalendarDate, jj/mm/aaaa…): packages/vocabulary/src/calendar-date.test.ts.
import { daysUntilRenewal } from './days-until-renewal';
import { suggestedStart } from './suggested-start';

describe('suggestedStart', () => {
  test.each([
    ['2024-01-15', '2024-02-01'],
    ['2024-01-01', '2024-02-01'],
    ['2024-01-31', '2024-02-01'],
    ['2024-02-29', '2024-03-01'],
    ['2024-12-31', '2025-01-01'],
    ['2025-03-30', '2025-04-01'], // daylight-saving weekend in Paris
  ])('%s → %s', (today, expected) => {
    expect(suggestedStart(today)).toBe(expected);
  });
});

describe('daysUntilRenewal', () => {
  test.each<[string | null, boolean, string, number | null]>([
    ['2024-06-30', false, '2024-06-01', 29],
    ['2024-06-30', false, '2024-06-30', 0],
    ['2024-06-30', false, '2024-07-02', -2],
    ['2024-10-31', false, '2024-10-26', 5], // across the October time change
    ['2024-06-30', true, '2024-06-01', null],
    [null, false, '2024-06-01', null],
  ])('end %s, lastContract %s, today %s → %s', (end, lastContract, today, expected) => {
    expect(daysUntilRenewal({ end, lastContract }, today)).toBe(expected);
  });
});
