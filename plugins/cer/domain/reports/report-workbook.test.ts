import ExcelJS from 'exceljs';
import { reportWorkbook, safeSheetName } from './report-workbook';

type Row = { name: string; on: string | null; count: number };

test('writes a header, escaped texts and real dates, and reads back', async () => {
  const bytes = await reportWorkbook<Row>(
    'CER par état',
    [
      { header: 'Nom', value: (row) => row.name },
      { header: 'Date', value: (row) => row.on, type: 'date' },
      { header: 'Nombre', value: (row) => row.count, type: 'number' },
    ],
    [
      { name: '=HYPERLINK("x")', on: '2024-05-13', count: 2 },
      { name: 'Dupont', on: null, count: 0 },
    ],
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('CER par état');
  expect(sheet?.getRow(1).values).toEqual([undefined, 'Nom', 'Date', 'Nombre']);
  expect(sheet?.getCell('A2').value).toBe('\'=HYPERLINK("x")');
  expect((sheet?.getCell('B2').value as Date).toISOString()).toBe('2024-05-13T00:00:00.000Z');
  expect(sheet?.getCell('C2').value).toBe(2);
  expect(sheet?.getCell('B3').value).toBeNull();
});

test('sheet names are made acceptable to Excel', () => {
  expect(safeSheetName('CER à renouveler / 30 jours [test]')).toBe('CER à renouveler 30 jours test');
  expect(safeSheetName('  ')).toBe('Rapport');
});
