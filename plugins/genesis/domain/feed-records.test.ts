import fc from 'fast-check';
import { parse as parseCsv } from 'csv-parse/sync';
import { CsvError } from 'csv-parse';
import { CSV_OPTIONS, feedRecords } from './feed-records';

type Outcome = { records: string[][] } | { error: string };

const byCsvParse = (text: string): Outcome => {
  try {
    return { records: parseCsv(text, CSV_OPTIONS) as string[][] };
  } catch (error) {
    return { error: (error as CsvError).code };
  }
};

// The text arrives in pieces of any size, as from a file stream.
const byFeedRecords = async (text: string, cuts: number[]): Promise<Outcome> => {
  const pieces: string[] = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    pieces.push(text.slice(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  pieces.push(text.slice(at));
  const records: string[][] = [];
  try {
    for await (const batch of feedRecords((async function* () { yield* pieces; })())) records.push(...batch);
    return { records };
  } catch (error) {
    return { error: (error as CsvError).code };
  }
};

describe('feedRecords reads what csv-parse reads', () => {
  test.each<[string, string, string[][]]>([
    ['plain rows, CRLF then LF', 'a;b\r\nc;d\ne;f', [['a', 'b'], ['c', 'd'], ['e', 'f']]],
    ['a quoted field with ; and line breaks', 'a;"x;\r\ny""z\n"\nb;c\n', [['a', 'x;\r\ny"z\n'], ['b', 'c']]],
    ['blank lines', '\r\n\na\n', [[''], [''], ['a']]],
    ['a lone CR stays in the field', 'a\rb;c\n', [['a\rb', 'c']]],
  ])('%s', async (_name, text, expected) => {
    expect(await byFeedRecords(text, [1, 5])).toEqual({ records: expected });
    expect(byCsvParse(text)).toEqual({ records: expected });
  });

  test.each([
    ['unclosed quote', 'a;b\nc;"d\ne;f\n', 'CSV_QUOTE_NOT_CLOSED'],
    ['quote inside a bare field', 'a;b\nLy"on;c\nd;e\n', 'INVALID_OPENING_QUOTE'],
  ])('%s: the same refusal, on the file line', async (_name, text, code) => {
    const records = feedRecords((async function* () { yield text; })());
    const drain = async () => {
      for await (const _record of records) {
        // reading is what throws
      }
    };
    await expect(drain()).rejects.toMatchObject({ code, lines: expect.any(Number) });
    await drain().catch((error: CsvError) => expect(error.lines).toBeGreaterThanOrEqual(2));
  });

  test('on any text of feed characters, cut anywhere', async () => {
    const text = fc.array(fc.constantFrom('a', 'é', ';', '"', '\r', '\n', '\r\n', ' '), { maxLength: 60 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(60), { maxLength: 4 }), async (input, cuts) => {
        expect(await byFeedRecords(input, cuts)).toEqual(byCsvParse(input));
      }),
      { numRuns: 3000 },
    );
  });
});
