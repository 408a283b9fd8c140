// Excel export of a CER report (C6): one sheet, a bold frozen header row, real dates shown
// jj/mm/aaaa, every text cell escaped against formula injection.
import ExcelJS from 'exceljs';
import { isCalendarDate } from '../dates/calendar-date';
import { escapeCell } from './escape-cell';

export type ReportColumn<Row> = {
  header: string;
  value: (row: Row) => string | number | null;
  // 'date' expects YYYY-MM-DD strings.
  type?: 'text' | 'date' | 'number';
  width?: number;
};

const toCell = (value: string | number | null, type: ReportColumn<unknown>['type']): ExcelJS.CellValue => {
  if (value === null) return null;
  // UTC midnight: exceljs turns a Date into a serial day from its UTC time, so no shift.
  if (type === 'date' && typeof value === 'string' && isCalendarDate(value)) return new Date(`${value}T00:00:00Z`);
  return escapeCell(value);
};

// Excel refuses sheet names over 31 characters or with \ / * ? : [ ].
export const safeSheetName = (name: string): string =>
  name.replace(/[\\/*?:[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31).trim() || 'Rapport';

export const reportWorkbook = async <Row>(
  sheetName: string,
  columns: readonly ReportColumn<Row>[],
  rows: Iterable<Row>,
): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: String(escapeCell(column.header)),
    width: column.width ?? Math.max(12, column.header.length + 2),
    style: column.type === 'date' ? { numFmt: 'dd/mm/yyyy' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => toCell(column.value(row), column.type)));
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
