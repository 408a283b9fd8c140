import { compareFeedDates, extractionDateFromFileName, refuseEmptyExtraction, refuseFutureExtractionDate, resolveExtractionDate } from './extraction-date';
import { FeedRefusedError } from './feed-refused.error';

describe('extractionDateFromFileName', () => {
  test.each([
    ['genesis_20261102.csv', '2026-11-02'],
    ['/var/feeds/genesis_20240229.csv', '2024-02-29'],
    ['../shared/genesis/GENESIS_20261104.CSV', '2026-11-04'],
    ['C:\\feeds/genesis_20260101.csv', '2026-01-01'],
  ])('%s → %s', (path, expected) => {
    expect(extractionDateFromFileName(path)).toBe(expected);
  });

  test.each([
    ['export.csv', 'no-extraction-date', "Date d'extraction introuvable"],
    ['genesis_2026110.csv', 'no-extraction-date', "Date d'extraction introuvable"],
    ['genesis_20261102.csv.bak', 'no-extraction-date', "Date d'extraction introuvable"],
    ['genesis_20261102', 'no-extraction-date', "Date d'extraction introuvable"],
    ['genesis_20260231.csv', 'impossible-extraction-date', "Date d'extraction impossible dans le nom « genesis_20260231.csv » : 31/02/2026"],
    ['genesis_20261301.csv', 'impossible-extraction-date', "Date d'extraction impossible"],
  ])('%s is refused (%s)', (path, code, message) => {
    const attempt = () => extractionDateFromFileName(path);
    expect(attempt).toThrow(FeedRefusedError);
    expect(attempt).toThrow(expect.objectContaining({ code, message: expect.stringContaining(message) }));
  });
});

describe('resolveExtractionDate', () => {
  test.each([
    ['genesis_20261102.csv', undefined, '2026-11-02'],
    ['genesis_20261102.csv', null, '2026-11-02'],
    ['genesis_20261102.csv', '2026-11-05', '2026-11-05'],
    ['any-name.csv', '2026-11-05', '2026-11-05'],
  ])('%s with --date %s → %s', (path, override, expected) => {
    expect(resolveExtractionDate(path, override)).toBe(expected);
  });

  test.each(['2026-02-30', '05/11/2026', 'demain'])('--date %s is refused', (override) => {
    expect(() => resolveExtractionDate('genesis_20261102.csv', override)).toThrow(
      expect.objectContaining({ code: 'impossible-extraction-date' }),
    );
  });
});

describe('compareFeedDates', () => {
  test.each([
    ['2026-11-02', '2026-11-03', -1],
    ['2026-11-03', '2026-11-02', 1],
    ['2026-11-02', '2026-11-02', 0],
    ['2025-12-31', '2026-01-01', -1],
  ] as const)('%s vs %s → %i', (a, b, expected) => {
    expect(compareFeedDates(a, b)).toBe(expected);
  });

  test('sorts extraction dates', () => {
    expect(['2026-11-04', '2026-01-10', '2026-11-02'].sort(compareFeedDates)).toEqual([
      '2026-01-10',
      '2026-11-02',
      '2026-11-04',
    ]);
  });

  test('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => compareFeedDates('02/11/2026', '2026-11-02')).toThrow(RangeError);
  });
});

describe('refuseFutureExtractionDate', () => {
  test.each([
    ['2026-12-01', '2026-12-02', false],
    ['2026-12-02', '2026-12-02', false], // today's extraction is the normal case
    ['2026-12-03', '2026-12-02', true],
    ['2099-12-31', '2026-12-02', true],
    ['2027-01-01', '2026-12-31', true],
  ])('%s when today is %s → refused=%j', (date, today, refused) => {
    const attempt = () => refuseFutureExtractionDate(date, today);
    if (refused) expect(attempt).toThrow(expect.objectContaining({ code: 'future-extraction-date', message: expect.stringMatching(/^Date d'extraction dans le futur/) }));
    else expect(attempt).not.toThrow();
  });
});

describe('refuseEmptyExtraction', () => {
  test.each([
    [0, true],
    [1, false],
    [48, false],
  ])('%i row(s) → refused=%j', (rows, refused) => {
    const attempt = () => refuseEmptyExtraction(rows);
    if (refused) expect(attempt).toThrow(expect.objectContaining({ code: 'no-rows', message: expect.stringMatching(/Extraction vide.*incident/) }));
    else expect(attempt).not.toThrow();
  });
});
