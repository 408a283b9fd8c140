// « Rendez-vous par collaborateur » (FEATURES A8) end to end: counts per réalisation and rates on
// the files each user sees, the period and perimeter parameters, the French refusal, the catalogue
// entry the Rapports screen is built from, the Excel export and the audit. One Strapi boot.
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, USERS, type Who, type World } from './cer-world';

const NOW = '2027-01-04T08:00:00.000Z';
const REPORT = '/reports/appointments-by-collaborator';
let app: TestApp;
let world: World;

type Row = Record<string, string | number | null>;

/** An appointment written straight into the table: past dates and any réalisation, as history is. */
const insertAppointment = async (beneficiary: number, collaborator: string, startLocal: string, status: string) => {
  const startsAt = new Date(`${startLocal}:00+01:00`);
  const now = new Date();
  await app.strapi.db.connection.raw(
    `INSERT INTO appointments (document_id, beneficiary_id, collaborator_login, type_code, theme_code, place_code, start_local, starts_at, ends_at, duration, status,
       sms_reminder, sequence, created_at, updated_at, published_at) VALUES (?, ?, ?, 'T', 'T', 'P', ?, ?, ?, 30, ?, ?, 0, ?, ?, ?)`,
    [`r${Math.random().toString(36).slice(2, 14)}`, beneficiary, collaborator, startLocal, startsAt, new Date(startsAt.getTime() + 1_800_000), status, false, now, now, now],
  );
};

const report = async (who: Who, query = 'from=2026-12-01&to=2026-12-31') => world.call<Row[]>(who, 'GET', `${REPORT}?${query}`);
const summary = (rows: Row[]) => rows.map((r) => [r.collaborator, r.total, r.honore, r.due, r.realisationRate, r.noShowRate]);

beforeAll(async () => {
  app = await startTestApp({ APP_NOW: NOW, APP_TODAY: NOW.slice(0, 10) });
  world = await buildWorld(app);
  const { mine, other, south } = world.files;
  const claire = USERS.referent.login;
  const paul = USERS.otherReferent.login;
  for (const [file, who, start, status] of [
    [mine, claire, '2026-12-01T00:00', 'honore'], // first minute of the period
    [mine, claire, '2026-12-10T10:00', 'honore'],
    [mine, claire, '2026-12-31T23:30', 'honore'], // last half hour of the period
    [mine, claire, '2026-12-11T10:00', 'absence_non_justifiee'],
    [mine, claire, '2026-12-12T10:00', 'annule_beneficiaire'],
    [mine, claire, '2026-12-13T10:00', 'prevu'],
    [mine, claire, '2026-11-30T23:30', 'honore'], // before the period
    [mine, claire, '2027-01-01T00:00', 'absence_justifiee'], // after it
    [other, paul, '2026-12-14T09:00', 'honore'],
    [other, paul, '2026-12-15T09:00', 'absence_justifiee'],
    [south, claire, '2026-12-16T09:00', 'honore'], // a file of the south territory
  ] as const) {
    await insertAppointment(file, who, start, status);
  }
}, 600_000);
afterAll(async () => {
  await app?.stop();
});

test('counts and rates per collaborator, on the files each user sees only', async () => {
  const claire = USERS.referent.login;
  const paul = USERS.otherReferent.login;
  // Claire sees her own file only: neither Paul's file nor the south one.
  const own = await report('referent');
  expect(own.status).toBe(200);
  expect(summary(own.body)).toEqual([[claire, 6, 3, 5, 60, 20]]);
  expect(own.body[0]).toMatchObject({ collaboratorName: 'Claire ROUX', prevu: 1, absence_non_justifiee: 1, annule_beneficiaire: 1, annule_referent: 0, absence_justifiee: 0 });
  // The secretariat sees the centre territory: both collaborators, ordered by structure then name.
  const centre = await report('secretariat');
  expect(summary(centre.body)).toEqual([
    [claire, 6, 3, 5, 60, 20],
    [paul, 2, 1, 2, 50, 0],
  ]);
  expect(centre.headers.get('content-range')).toBe('reports/appointments-by-collaborator 0-1/2');
  // Siège sees every file; the south secretariat only the south file (Claire's appointment there).
  expect(summary((await report('siege')).body)).toEqual([
    [claire, 7, 4, 6, 66.7, 16.7],
    [paul, 2, 1, 2, 50, 0],
  ]);
  expect(summary((await report('southSecretariat')).body)).toEqual([[claire, 1, 1, 1, 100, 0]]);
});

test('parameters: collaborator, structure, territory, default period, bad period', async () => {
  const paul = USERS.otherReferent.login;
  expect(summary((await report('secretariat', `from=2026-12-01&to=2026-12-31&referent=${paul}`)).body).map((r) => r[0])).toEqual([paul]);
  expect((await report('siege', 'from=2026-12-01&to=2026-12-31&structure=DTAS-SUD')).body).toEqual([]);
  expect(summary((await report('siege', `filter=${encodeURIComponent(JSON.stringify({ from: '2026-12-01', to: '2026-12-31', territory: 'SUD' }))}`)).body)).toEqual([
    [USERS.referent.login, 1, 1, 1, 100, 0],
  ]);
  // Default: the last 30 days (6 December 2026 – 4 January 2027).
  expect(summary((await report('referent', '')).body)).toEqual([[USERS.referent.login, 6, 2, 5, 40, 20]]);
  const before = await world.sql('SELECT COUNT(*) AS n FROM appointments');
  const refused = await world.call<{ message: string }>('secretariat', 'GET', `${REPORT}?from=2026-12-31&to=2026-12-01`);
  expect([refused.status, refused.body.message]).toEqual([422, expect.stringMatching(/^La fin de la période \(01\/12\/2026\) précède son début \(31\/12\/2026\)/)]);
  expect(await world.sql('SELECT COUNT(*) AS n FROM appointments')).toEqual(before);
});

test('listed in the Rapports catalogue, exported to Excel, audited', async () => {
  const catalogue = await world.call<Array<{ id: string; title: string; group: string; columns: Array<{ key: string; header: string }> }>>('referent', 'GET', '/reports');
  const entry = catalogue.body.find((r) => r.id === 'appointments-by-collaborator');
  expect(entry).toMatchObject({ title: 'Rendez-vous par collaborateur', group: 'Rendez-vous' });
  expect(entry?.columns.map((c) => c.header)).toEqual(expect.arrayContaining(['Collaborateur', 'Honoré', 'Absence non justifiée', 'Taux de réalisation (%)']));

  const response = await world.download('secretariat', `${REPORT}/export?from=2026-12-01&to=2026-12-31`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="rendez-vous-par-collaborateur-2027-01-04\.xlsx"/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.name).toBe('Rendez-vous par collaborateur');
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(sheet.rowCount).toBe(3);
  const cell = (row: number, name: string) => sheet.getRow(row).getCell(header.indexOf(name) + 1).value;
  expect([cell(2, 'Collaborateur'), cell(2, 'Honoré'), cell(2, 'Taux de réalisation (%)'), cell(3, 'Collaborateur'), cell(3, 'Taux de réalisation (%)')]).toEqual(['Claire ROUX', 3, 60, 'Paul BLANC', 50]);

  const audit = await world.sql<{ action: string }>("SELECT action FROM audit_entries WHERE login = ? AND action LIKE '%appointments-by-collaborator'", [USERS.secretariat.login]);
  expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['read:report:appointments-by-collaborator', 'export:report:appointments-by-collaborator']));
});
