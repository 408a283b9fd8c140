// CER reports (FEATURES C6): scoped to the caller's perimeter, live, and their Excel export.
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, insertFile, USERS, type World } from './cer-world';

let app: TestApp;
let world: World;
let noCerFile: number;

type Row = Record<string, unknown>;

const insertCer = async (beneficiary: number, number: number, cer: Record<string, unknown>): Promise<number> => {
  const now = new Date();
  const columns = { beneficiary_id: beneficiary, number, start_date: '2024-01-01', end_date: null, signed_on: null, state: 'proposition', agreement: 'nc', last_contract: false, validated_on: null, not_validated_on: null, decision: null, priority: null, created_at: now, updated_at: now, ...cer };
  const names = Object.keys(columns);
  const [row] = await world.sql<{ id: number }>(`INSERT INTO cers (${names.join(', ')}) VALUES (${names.map(() => '?').join(', ')}) RETURNING id`, Object.values(columns));
  return Number(row.id);
};

const ids: Record<string, number> = {};

beforeAll(async () => {
  app = await startTestApp({ APP_TODAY: '2024-05-15' });
  world = await buildWorld(app);
  const { mine, other, south } = world.files;
  noCerFile = await insertFile(app, { fileNumber: '044999', lastName: 'Sanscer', firstName: 'Jean', territory: 'CENTRE', phone: null, referent: USERS.referent.login });
  ids.mineOld = await insertCer(mine, 1, { signed_on: '2023-10-02', start_date: '2023-11-01', end_date: '2024-04-30', state: 'valide', validated_on: '2023-10-20' });
  ids.mineCurrent = await insertCer(mine, 2, { signed_on: '2024-05-02', start_date: '2024-05-01', end_date: '2024-06-10', state: 'valide', validated_on: '2024-05-06', priority: 'Urgente' });
  ids.otherSubmitted = await insertCer(other, 1, { signed_on: '2024-05-10', start_date: '2024-06-01', end_date: '2024-11-30', state: 'soumis_etude' });
  ids.otherRefused = await insertCer(other, 2, { signed_on: '2024-04-02', start_date: '2024-04-01', end_date: '2024-09-30', state: 'non_valide', not_validated_on: '2024-04-25', decision: '=Objectifs insuffisants' });
  ids.southLast = await insertCer(south, 1, { signed_on: '2024-05-03', start_date: '2024-03-01', end_date: '2024-04-30', state: 'valide', validated_on: '2024-05-04', last_contract: true });
});
afterAll(async () => {
  delete process.env.APP_TODAY;
  await app?.stop();
});

const report = async (who: Parameters<World['call']>[0], path: string) => {
  const result = await world.call<Row[]>(who, 'GET', path);
  expect(result.status).toBe(200);
  return result.body;
};

test('CER by state on the signature date window, with a state filter, scoped', async () => {
  const all = await report('secretariat', '/reports/cer-by-state?from=2024-04-01&to=2024-05-15');
  expect(all.map((r) => r.id)).toEqual([ids.otherRefused, ids.mineCurrent, ids.otherSubmitted]);
  expect(all[1]).toMatchObject({ fileNumber: '044506', lastName: 'Fayolle', referentName: 'Claire ROUX', signedOn: '2024-05-02', start: '2024-05-01', end: '2024-06-10', state: 'valide', stateLabel: 'Validé', priority: 'Urgente' });
  const submitted = await report('secretariat', '/reports/cer-by-state?from=2024-04-01&to=2024-05-15&state=soumis_etude,proposition');
  expect(submitted.map((r) => r.id)).toEqual([ids.otherSubmitted]);
  expect((await report('referent', '/reports/cer-by-state?from=2023-01-01&to=2024-05-15')).map((r) => r.id)).toEqual([ids.mineOld, ids.mineCurrent]);
  expect((await report('siege', '/reports/cer-by-state?from=2023-01-01&to=2024-05-15')).map((r) => r.id)).toHaveLength(5);
  expect((await report('southSecretariat', '/reports/cer-by-state?from=2023-01-01&to=2024-05-15')).map((r) => r.id)).toEqual([ids.southLast]);
  const bad = await world.call<{ message: string }>('secretariat', 'GET', '/reports/cer-by-state?from=2024-05-01&to=2024-04-01');
  expect(bad.status).toBe(422);
  expect((await world.call('secretariat', 'GET', '/reports/cer-by-state?state=archive')).status).toBe(422);
});

test('validated and not validated on their decision date', async () => {
  expect((await report('secretariat', '/reports/cer-validated?from=2024-05-01&to=2024-05-15')).map((r) => r.id)).toEqual([ids.mineCurrent]);
  expect((await report('siege', '/reports/cer-validated?from=2024-05-01&to=2024-05-15')).map((r) => r.id)).toEqual([ids.southLast, ids.mineCurrent]);
  const refused = await report('cadre', '/reports/cer-not-validated?from=2024-04-01&to=2024-04-30');
  expect(refused).toEqual([expect.objectContaining({ id: ids.otherRefused, notValidatedOn: '2024-04-25', decision: '=Objectifs insuffisants' })]);
});

test('files without any CER', async () => {
  const files = await report('secretariat', '/reports/files-without-cer');
  expect(files.map((r) => r.id)).toEqual([noCerFile]);
  expect(await report('otherReferent', '/reports/files-without-cer')).toEqual([]);
});

test('CER à renouveler: the latest CER of each file, overdue included, negative days = overdue, dernier contrat excluded', async () => {
  const within30 = await report('siege', '/reports/cer-renewal?days=30');
  expect(within30.map((r) => [r.id, r.daysUntilRenewal])).toEqual([
    [ids.mineCurrent, 26],
  ]);
  // Each file's latest CER only: not the older ones of the same file; the south one is a "dernier contrat".
  expect((await report('siege', '/reports/cer-renewal?days=200')).map((r) => [r.id, r.daysUntilRenewal])).toEqual([
    [ids.mineCurrent, 26],
    [ids.otherSubmitted, 199],
  ]);
  expect((await report('referent', '/reports/cer-renewal?days=200')).map((r) => r.id)).toEqual([ids.mineCurrent]);
  expect((await report('siege', '/reports/cer-renewal?days=-1')).map((r) => r.id)).toEqual([]);
  await world.sql('UPDATE cers SET end_date = ? WHERE id = ?', ['2024-05-01', ids.mineCurrent]);
  const overdue = await report('referent', '/reports/cer-renewal?days=-10');
  expect(overdue.map((r) => [r.id, r.daysUntilRenewal])).toEqual([[ids.mineCurrent, -14]]);
  const alert = await world.call<{ count: number; overdue: number; rows: Row[] }>('referent', 'GET', '/alerts/cer-renewal?days=30');
  expect(alert.body).toMatchObject({ count: 1, overdue: 1, rows: [expect.objectContaining({ id: ids.mineCurrent })] });
  await world.sql('UPDATE cers SET end_date = ? WHERE id = ?', ['2024-06-10', ids.mineCurrent]);
});

test('the Excel export has the same rows, escaped', async () => {
  const response = await world.download('secretariat', '/reports/cer-not-validated/export?from=2024-04-01&to=2024-04-30');
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
  expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="cer-non-valides-2024-05-15\.xlsx"/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.name).toBe('CER non validés');
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(expect.arrayContaining(['Dossier', 'Nom', 'Prénom', 'Date non-validation', 'Décision commentée']));
  expect(sheet.rowCount).toBe(2);
  const row = sheet.getRow(2);
  expect(row.getCell(header.indexOf('Nom') + 1).value).toBe('Chabert');
  expect(row.getCell(header.indexOf('Décision commentée') + 1).value).toBe("'=Objectifs insuffisants");
  expect((row.getCell(header.indexOf('Date non-validation') + 1).value as Date).toISOString()).toBe('2024-04-25T00:00:00.000Z');
  const files = await world.download('secretariat', '/reports/files-without-cer/export');
  const other = new ExcelJS.Workbook();
  await other.xlsx.load(files.bytes as unknown as ArrayBuffer);
  expect(other.worksheets[0].rowCount).toBe(2);
});
