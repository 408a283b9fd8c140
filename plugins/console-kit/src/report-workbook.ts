// Excel export of a report (file-active R3, CER C6): one sheet, a bold frozen header row, real
// dates shown jj/mm/aaaa, every text cell escaped against formula injection. Written with the
// streaming writer (flat memory), to a stream or as bytes; sending them is the server's business. Node-only (exceljs,
// Buffer), hence here and not in @rsa/vocabulary.
import { PassThrough } from 'stream';
import ExcelJS from 'exceljs';
import { escapeCell, isCalendarDate } from '@rsa/vocabulary';

export type ReportColumn<Row> = {
  /** The row's field the column shows (the console's column), when it is one field. */
  key?: string;
  header: string;
  value: (row: Row) => string | number | null;
  // 'date' expects YYYY-MM-DD strings and writes real Excel dates shown jj/mm/aaaa.
  type?: 'text' | 'date' | 'number';
  width?: number;
};

const SHEET_NAME_FORBIDDEN = /[\\/*?:[\]]/g;

// Excel refuses sheet names over 31 characters or with \ / * ? : [ ].
export function safeSheetName(name: string): string {
  const cleaned = name.replace(SHEET_NAME_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim();
  return cleaned === '' ? 'Rapport' : cleaned;
}

function toCell(value: string | number | null, type: ReportColumn<unknown>['type']): ExcelJS.CellValue {
  if (value === null) return null;
  // UTC midnight: exceljs turns a Date into a serial day from its UTC time, so no shift.
  if (type === 'date' && typeof value === 'string' && isCalendarDate(value)) return new Date(`${value}T00:00:00Z`);
  return escapeCell(value);
}

/**
 * Writes the report to `output` with exceljs' streaming writer: each row is committed (written
 * out and forgotten) as soon as it is added, so memory stays flat whatever the number of rows
 * (issue 15: 50,000 rows). Rows may come from an async source (a paged SQL read).
 */
export async function writeReportWorkbook<Row>(
  output: NodeJS.WritableStream,
  sheetName: string,
  columns: readonly ReportColumn<Row>[],
  rows: Iterable<Row> | AsyncIterable<Row>,
): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output as unknown as import('stream').Stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: String(escapeCell(c.header)),
    width: c.width ?? Math.max(12, c.header.length + 2),
    style: c.type === 'date' ? { numFmt: 'dd/mm/yyyy' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  let count = 0;
  for await (const row of rows) {
    sheet.addRow(columns.map((c) => toCell(c.value(row), c.type))).commit();
    count += 1;
  }
  sheet.commit();
  await workbook.commit();
  return count;
}

/** The same workbook as bytes (small reports, tests). */
export async function reportWorkbook<Row>(
  sheetName: string,
  columns: readonly ReportColumn<Row>[],
  rows: Iterable<Row> | AsyncIterable<Row>,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const output = new PassThrough();
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  await writeReportWorkbook(output, sheetName, columns, rows);
  output.end();
  await ended;
  return Buffer.concat(chunks);
}
