import ExcelJS from 'exceljs';
import { reportWorkbook, safeSheetName } from './report-workbook';

type Row = { name: string; since: string | null; count: number };

test('writes headers, escaped text, real dates and numbers', async () => {
  const buffer = await reportWorkbook<Row>(
    'Sorties de file active',
    [
      { header: 'Nom', value: (r) => r.name },
      { header: 'Fin d’affectation', value: (r) => r.since, type: 'date' },
      { header: 'Nombre', value: (r) => r.count, type: 'number' },
    ],
    [
      { name: '=HYPERLINK("http://x")', since: '2024-02-29', count: 3 },
      { name: 'Dupont', since: null, count: 0 },
    ],
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet('Sorties de file active');
  expect(sheet).toBeDefined();
  if (sheet === undefined) return;
  expect(sheet.getRow(1).values).toEqual([undefined, 'Nom', 'Fin d’affectation', 'Nombre']);
  expect(sheet.getCell('A2').value).toBe('\'=HYPERLINK("http://x")');
  expect(sheet.getCell('B2').value).toEqual(new Date('2024-02-29T00:00:00Z'));
  expect(sheet.getCell('B2').numFmt).toBe('dd/mm/yyyy');
  expect(sheet.getCell('C2').value).toBe(3);
  expect(sheet.getCell('A3').value).toBe('Dupont');
  expect(sheet.getCell('B3').value).toBeNull();
});

test.each([
  ['Sorties de file active', 'Sorties de file active'],
  ['CER à renouveler [30 j] : 2024/02', 'CER à renouveler 30 j 2024 02'],
  ['x'.repeat(40), 'x'.repeat(31)],
  ['???', 'Rapport'],
])('safeSheetName(%j) → %j', (name, expected) => {
  expect(safeSheetName(name)).toBe(expected);
});
