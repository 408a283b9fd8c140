import { createReadStream } from 'node:fs';
import { isFeedColumnName, type FeedColumnName, type RawValues } from './feed-columns';
import { decodeFeedBytes, isValidUtf8File, type FeedEncoding, type FeedEncodingOption } from './feed-encoding';
import { analyseHeader } from './feed-header';
import { feedRecords, isCsvError } from './feed-records';
import type { RawRow } from './feed-row';
import { FeedRefusedError } from './feed-refused.error';

export type ReadFeedOptions = { encoding?: FeedEncodingOption };

export type FeedHeaderRecord = {
  kind: 'header';
  columns: readonly string[];
  warnings: readonly string[];
  /** The encoding actually used (tells what `auto` decided). */
  encoding: FeedEncoding;
};
export type FeedRowRecord = { kind: 'row' } & RawRow;
export type FeedRecord = FeedHeaderRecord | FeedRowRecord;

export type OpenedFeed = Omit<FeedHeaderRecord, 'kind'> & {
  /** The data rows, streamed from the file: iterate them once. */
  rows: AsyncIterable<RawRow>;
};

/**
 * Streams a Genesis feed. The first record is always the header analysis (columns, warnings,
 * encoding); then one record per data row with its physical line number (header = line 1).
 * Memory stays bounded whatever the file size. Throws `FeedRefusedError` when the file must be
 * refused whole; mid-file quoting errors are thrown when reached, so the caller must treat the
 * import as atomic. Default encoding `auto`: UTF-8 unless the bytes are not valid UTF-8.
 */
export async function* readFeed(path: string, opts: ReadFeedOptions = {}): AsyncGenerator<FeedRecord> {
  const encoding = await chooseEncoding(path, opts.encoding ?? 'auto');
  const source = createReadStream(path);
  // Blank lines are skipped below rather than by the parser, so that physical lines are counted.
  const records = feedRecords(decodeFeedBytes(source, encoding));

  let columns: readonly string[] | null = null;
  // Physical lines are counted here: each record spans one line plus its quoted line breaks.
  let linesBefore = 0;
  try {
    for await (const batch of records) {
      for (const fields of batch) {
        const line = linesBefore + 1;
        linesBefore += 1 + countLineBreaks(fields);
        if (fields.length === 1 && fields[0] === '') continue; // blank line
        if (columns === null) {
          const header = analyseHeader(fields);
          columns = header.columns;
          yield { kind: 'header', columns, warnings: header.warnings, encoding };
          continue;
        }
        yield { kind: 'row', line, ...rowValues(columns, fields) };
      }
    }
  } catch (error) {
    throw asRefusal(error, path, linesBefore + 1);
  } finally {
    source.destroy();
  }
  if (columns === null) throw new FeedRefusedError('empty-file', 'Fichier vide : aucune ligne à importer');
}

/** `readFeed` with the header awaited first, so that its warnings are known before any row. */
export const openFeed = async (path: string, opts: ReadFeedOptions = {}): Promise<OpenedFeed> => {
  const records = readFeed(path, opts);
  const first = await records.next();
  if (first.done || first.value.kind !== 'header') {
    throw new FeedRefusedError('empty-file', 'Fichier vide : aucune ligne à importer');
  }
  const { columns, warnings, encoding } = first.value;
  return { columns, warnings, encoding, rows: dataRows(records) };
};

async function* dataRows(records: AsyncGenerator<FeedRecord>): AsyncGenerator<RawRow> {
  for await (const record of records) {
    if (record.kind === 'row') {
      const { kind: _kind, ...row } = record;
      yield row;
    }
  }
}

const chooseEncoding = async (path: string, option: FeedEncodingOption): Promise<FeedEncoding> => {
  if (option !== 'auto') return option;
  try {
    return (await isValidUtf8File(path)) ? 'utf8' : 'latin1';
  } catch (error) {
    throw asRefusal(error, path, 1);
  }
};

const rowValues = (columns: readonly string[], fields: readonly string[]): Omit<RawRow, 'line'> => {
  const values: Partial<Record<FeedColumnName, string>> = {};
  columns.forEach((column, index) => {
    const field = fields[index];
    if (isFeedColumnName(column) && field !== undefined) values[column] = field;
  });
  const frozen: RawValues = values;
  return { values: frozen, fieldCount: fields.length, expectedFieldCount: columns.length };
};

/** Line breaks inside quoted fields: each makes the record span one more physical line. */
const countLineBreaks = (fields: readonly string[]): number => {
  let count = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count++;
  }
  return count;
};

const CSV_PROBLEMS: Partial<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'guillemet ouvert jamais refermé',
  INVALID_OPENING_QUOTE: "guillemet au milieu d'un champ qui n'est pas entre guillemets",
  CSV_INVALID_CLOSING_QUOTE: 'caractère inattendu après un guillemet fermant',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'caractère inattendu après un guillemet fermant',
  CSV_MAX_RECORD_SIZE: 'enregistrement démesuré (guillemet non refermé ?)',
};

const asRefusal = (error: unknown, path: string, line: number): unknown => {
  if (error instanceof FeedRefusedError) return error;
  if (isCsvError(error)) {
    // Records parsed just before the error may not have reached us: csv-parse's own count is
    // then closer (it is exact outside quoted line breaks).
    const at = typeof error.lines === 'number' ? Math.max(error.lines, line) : line;
    const problem = CSV_PROBLEMS[error.code] ?? error.code;
    return new FeedRefusedError('malformed-csv', `Fichier CSV mal formé vers la ligne ${at} : ${problem}`);
  }
  if (isSystemError(error)) {
    const reason = error.code === 'ENOENT' ? 'fichier introuvable' : error.code === 'EISDIR' ? "c'est un répertoire" : error.code;
    return new FeedRefusedError('unreadable', `Fichier illisible : ${path} (${reason})`);
  }
  return error;
};

// Duck-typed rather than `instanceof Error`: fs errors may come from another realm (jest's vm).
const isSystemError = (error: unknown): error is { code: string; syscall: string } =>
  typeof error === 'object' && error !== null && 'syscall' in error && 'code' in error && typeof error.code === 'string';
