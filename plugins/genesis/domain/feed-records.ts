import { parse as parseCsv } from 'csv-parse/sync';
import type { CsvError, Options } from 'csv-parse';

/**
 * csv-parse's settings for the Genesis feed (GENESIS_FEED.md: `;`, `"` quoting, RFC 4180).
 * CRLF or LF, even mixed: left alone, csv-parse locks onto the first line end it meets and a lone
 * LF later on would glue two rows together. A short or long row is rejected alone
 * (validateRawRow). `max_record_size` bounds memory when a quote is never closed.
 */
export const MAX_RECORD_SIZE = 1_000_000;
export const CSV_OPTIONS: Options = {
  delimiter: ';',
  quote: '"',
  record_delimiter: ['\r\n', '\n'],
  relax_column_count: true,
  max_record_size: MAX_RECORD_SIZE,
};

/**
 * Splits decoded feed text into records (arrays of fields), exactly as csv-parse with
 * CSV_OPTIONS would — feed-records.test.ts pins the two together on random input.
 *
 * Why not csv-parse alone: it walks every character through its state machine, ~30 × slower than
 * `split` (a 100,000-row feed: seconds instead of 0.1 s). A line without any `"` cannot hold
 * quoting, so `split(';')` reads it the same way; a line with a quote starts a record that may
 * span lines: lines are gathered until their quotes balance (a closed quoted field always holds
 * an even number of `"`), and that text alone goes through csv-parse, which also reports the
 * malformed ones. Its error then carries the file's line (`lines`), not the chunk's.
 * Records come in batches (those completed by each piece of text): one await per piece rather
 * than per record.
 */
export async function* feedRecords(text: AsyncIterable<string>): AsyncGenerator<string[][]> {
  let rest = '';
  let line = 0; // physical lines consumed before `pending`
  let pending: string | null = null; // text of a quoted record not yet closed
  let pendingQuotes = 0;
  let pendingLine = 0;
  let out: string[][] = [];

  const parsePending = (): void => {
    const chunk = pending as string;
    pending = null;
    try {
      for (const record of parseCsv(chunk, CSV_OPTIONS) as string[][]) out.push(record);
    } catch (error) {
      if (isCsvError(error) && typeof error.lines === 'number') error.lines += pendingLine - 1;
      throw error;
    }
  };

  const take = (physical: string, complete: boolean): void => {
    line += 1;
    if (pending !== null) {
      pending += physical;
      pendingQuotes += countQuotes(physical);
      if (pendingQuotes % 2 === 0 || pending.length > MAX_RECORD_SIZE) parsePending();
      return;
    }
    const bare = complete ? withoutLineEnd(physical) : physical;
    if (bare.indexOf('"') === -1 && bare.length <= MAX_RECORD_SIZE) {
      out.push(bare.split(';'));
      return;
    }
    pending = physical;
    pendingQuotes = countQuotes(physical);
    pendingLine = line;
    if (pendingQuotes % 2 === 0) parsePending();
  };

  const read = (piece: string): void => {
    rest += piece;
    let start = 0;
    for (let end = rest.indexOf('\n'); end !== -1; end = rest.indexOf('\n', start)) {
      take(rest.slice(start, end + 1), true);
      start = end + 1;
    }
    rest = rest.slice(start);
    const open = pending as string | null; // set by take(), which TypeScript does not follow
    if (open !== null && open.length + rest.length > MAX_RECORD_SIZE) {
      pending = open + rest;
      rest = '';
      parsePending();
    }
  };
  const end = (): void => {
    if (rest !== '') take(rest, false);
    if (pending !== null) parsePending();
  };

  try {
    for await (const piece of text) {
      read(piece);
      if (out.length > 0) {
        yield out;
        out = [];
      }
    }
    end();
  } catch (error) {
    // The records before the fault are delivered first, as csv-parse does (a bad header is then
    // refused as such, before a quoting error further down).
    if (out.length > 0) yield out;
    throw error;
  }
  if (out.length > 0) yield out;
}

const withoutLineEnd = (physical: string): string =>
  physical.endsWith('\r\n') ? physical.slice(0, -2) : physical.endsWith('\n') ? physical.slice(0, -1) : physical;

const countQuotes = (text: string): number => {
  let count = 0;
  for (let at = text.indexOf('"'); at !== -1; at = text.indexOf('"', at + 1)) count++;
  return count;
};

/**
 * csv-parse's errors, told by their shape: its streaming and sync entry points are separate
 * bundles, each with its own CsvError class, so `instanceof` misses one of them.
 */
export const isCsvError = (error: unknown): error is CsvError =>
  typeof error === 'object' && error !== null && error.constructor?.name === 'CsvError' && typeof (error as { code?: unknown }).code === 'string';
