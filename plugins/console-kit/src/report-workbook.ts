// Excel export of a report (file-active R3, CER C6): one sheet, a bold frozen header row, real
// dates shown jj/mm/aaaa, every text cell escaped against formula injection. Builds the file in
// memory and returns its bytes; sending them is the server's business. Node-only (exceljs,
// Buffer), hence here and not in @rsa/vocabulary.
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

export async function reportWorkbook<Row>(
  sheetName: string,
  columns: readonly ReportColumn<Row>[],
  rows: Iterable<Row>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: String(escapeCell(c.header)),
    width: c.width ?? Math.max(12, c.header.length + 2),
    style: c.type === 'date' ? { numFmt: 'dd/mm/yyyy' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(columns.map((c) => toCell(c.value(row), c.type)));
  }
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}
