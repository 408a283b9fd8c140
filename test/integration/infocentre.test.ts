// The infocentre (R1, R2, R4): alerts with their counts and rows under the remembered situation,
// « Notes qui me sont attribuées », the home page's widgets remembered per user, « Mon tableau de
// bord », the CER queue, and the cadres' charts — all on the caller's perimeter, audited.
import { addDays, firstDayOfMonth, lastDayOfMonth, todayInParis } from '@rsa/vocabulary';
import { startWorld, q, USERS, type Actor, type World } from './file-active-setup';

let w: World;
const today = todayInParis();
const cers: Record<string, number> = {};

const insertCer = async (beneficiary: number, number: number, state: string, moves: Array<[string, string]>, end: string | null = null): Promise<number> => {
  const now = new Date();
  const [row] = await w.all<{ id: number }>(
    `INSERT INTO cers (beneficiary_id, number, start_date, end_date, state, agreement, last_contract, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'nc', ?, ?, ?) RETURNING id`,
    [beneficiary, number, '2026-01-01', end, state, false, now, now],
  );
  for (const [to, on] of moves) {
    const at = new Date(`${on}T10:00:00Z`);
    await w.app.strapi.db.connection.raw('INSERT INTO cer_history_entries (cer_id, from_state, to_state, by_login, at, created_at, updated_at) VALUES (?, NULL, ?, ?, ?, ?, ?)', [
      row.id, to, USERS.referent.login, at, at, at,
    ]);
  }
  return Number(row.id);
};

beforeAll(async () => {
  w = await startWorld();
  cers.submitted = await insertCer(w.files.own, 1, 'soumis_etude', [['proposition', addDays(today, -20)], ['soumis_etude', addDays(today, -10)]]);
  cers.waiting = await insertCer(w.files.other, 1, 'attente_decision', [['proposition', addDays(today, -30)], ['attente_decision', addDays(today, -5)]]);
  cers.renewal = await insertCer(w.files.own, 2, 'valide', [['valide', addDays(today, -3)]], addDays(today, 10));
  cers.sud = await insertCer(w.files.sud, 1, 'soumis_etude', [['soumis_etude', addDays(today, -1)]]);
});
afterAll(async () => w?.app.stop());

type Alert = { id: string; title: string; count: number; situation: string | null; columns: Array<{ key: string }> };
type Row = Record<string, unknown> & { id: number; beneficiary: number };
const rowsOf = async (actor: Actor, name: string, filter: Record<string, unknown> = {}) => w.call<Row[]>(actor, 'GET', `/alert-rows/${name}?range=[0,999]&filter=${q(filter)}`);

describe('alerts', () => {
  test('each alert with its count, its rows under the remembered situation, audited', async () => {
    const alerts = await w.call<Alert[]>('referent', 'GET', '/alerts');
    expect(alerts.status).toBe(200);
    expect(alerts.body.map((a) => a.id)).toEqual(['missing-characteristics', 'standbys-ending', 'cer-renewal', 'assigned-notes', 'etapes-ending', 'positionnements-unanswered']);
    expect(alerts.headers.get('content-range')).toBe('alerts 0-5/6');
    for (const alert of alerts.body) expect((await rowsOf('referent', alert.id)).body.length).toBe(alert.count);
    const renewal = await rowsOf('referent', 'cer-renewal');
    expect(renewal.body.map((r) => r.id)).toEqual([cers.renewal]);
    expect(renewal.headers.get('content-range')).toBe('alert-rows/cer-renewal 0-0/1');
    // The remembered situation applies to every file alert: the référent's files are in their file active.
    await w.call('referent', 'PUT', '/preferences/alert-filter', { situation: 'sortis' });
    const sortis = await w.call<Alert[]>('referent', 'GET', '/alerts');
    expect(sortis.body.find((a) => a.id === 'cer-renewal')).toMatchObject({ count: 0, situation: 'sortis' });
    expect((await rowsOf('referent', 'cer-renewal')).body).toEqual([]);
    expect((await rowsOf('referent', 'cer-renewal', { situation: 'tous' })).body.map((r) => r.id)).toEqual([cers.renewal]);
    const missing = await rowsOf('referent', 'missing-characteristics');
    const report = await w.call<Row[]>('referent', 'GET', '/reports/missing-characteristics?range=[0,999]&situation=sortis');
    expect(missing.body.map((r) => r.beneficiary)).toEqual(report.body.map((r) => r.beneficiary));
    await w.call('referent', 'PUT', '/preferences/alert-filter', { situation: 'file_active' });
    const audit = await w.all<{ beneficiary_id: number }>("SELECT beneficiary_id FROM audit_entries WHERE login = ? AND action = 'read:alert:cer-renewal'", [USERS.referent.login]);
    expect(audit.map((a) => Number(a.beneficiary_id))).toContain(w.files.own);
    expect((await w.call('referent', 'GET', '/alert-rows/inconnue')).status).toBe(404);
    expect((await rowsOf('referent', 'cer-renewal', { situation: 'partis' })).status).toBe(422);
  });

  test('« Notes qui me sont attribuées »: the open notes attributed to me, gone once closed', async () => {
    const note = await w.call<{ id: number }>('referent', 'POST', '/notes', { beneficiary: w.files.own, text: 'Merci de rappeler la CAF', visibility: 'assigned', assignedTo: USERS.secretariat.login });
    expect(note.status).toBe(201);
    const mine = await rowsOf('secretariat', 'assigned-notes');
    expect(mine.body).toEqual([expect.objectContaining({ id: note.body.id, beneficiary: w.files.own, author: USERS.referent.name, text: 'Merci de rappeler la CAF' })]);
    expect((await rowsOf('cadre', 'assigned-notes')).body).toEqual([]);
    expect((await rowsOf('referent', 'assigned-notes')).body).toEqual([]);
    expect((await w.call('secretariat', 'PUT', `/notes/${note.body.id}`, { closed: true })).status).toBe(200);
    expect((await rowsOf('secretariat', 'assigned-notes')).body).toEqual([]);
  });
});

describe('home widgets', () => {
  test('the profile’s defaults, then the user’s arrangement kept; unknown or closed widgets refused', async () => {
    expect((await w.call('cadre', 'GET', '/preferences/home-widgets')).body).toEqual({ widgets: ['caseload', 'cers-awaiting', 'alert:cer-renewal', 'imports'], arranged: false });
    expect((await w.call('referent', 'GET', '/preferences/home-widgets')).body).toEqual({ widgets: ['caseload', 'alert:assigned-notes', 'notes-open', 'alert:cer-renewal'], arranged: false });
    const saved = await w.call('cadre', 'PUT', '/preferences/home-widgets', { widgets: ['imports', 'alert:standbys-ending', 'caseload'] });
    expect(saved.body).toEqual({ widgets: ['imports', 'alert:standbys-ending', 'caseload'], arranged: true });
    const unknown = await w.call<{ message: string }>('cadre', 'PUT', '/preferences/home-widgets', { widgets: ['météo'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.message).toBe('Widget inconnu ou non ouvert à votre profil : météo.');
    expect((await w.call('cadre', 'PUT', '/preferences/home-widgets', { widgets: ['caseload', 'caseload'] })).status).toBe(422);
    expect((await w.call('referent', 'PUT', '/preferences/home-widgets', { widgets: ['cers-awaiting'] })).status).toBe(422);
    expect((await w.call('cadre', 'GET', '/preferences/home-widgets')).body).toEqual({ widgets: ['imports', 'alert:standbys-ending', 'caseload'], arranged: true });
    // Each user their own.
    expect((await w.call('secretariat', 'GET', '/preferences/home-widgets')).body).toMatchObject({ arranged: false });
    expect((await w.call('cadre', 'PUT', '/preferences/home-widgets', { widgets: [] })).body).toEqual({ widgets: [], arranged: true });
  });
});

describe('Mon tableau de bord', () => {
  test('the file active, the month’s entries and exits, CERs by state and the alerts, each behind its list', async () => {
    const [parcours] = await w.all<{ id: number }>("SELECT id FROM assignments WHERE beneficiary_id = ? AND role = 'parcours' AND login = ?", [w.files.own, USERS.referent.login]);
    await w.app.strapi.db.connection.raw('UPDATE assignments SET start_date = ? WHERE id = ?', [firstDayOfMonth(today), parcours.id]);
    expect((await w.call('referent', 'PUT', `/assignments/${parcours.id}`, { end: lastDayOfMonth(today) })).status).toBe(200);
    const mine = await w.all<{ n: number }>(
      "SELECT COUNT(DISTINCT beneficiary_id) AS n FROM assignments WHERE login = ? AND role = 'parcours' AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
      [USERS.referent.login, today, today],
    );
    type Indicators = { mine: boolean; caseload: number; entries: number; exits: number; cers: Array<{ state: string; count: number }>; cersAwaiting: number | null; alerts: Array<{ id: string; count: number }> };
    const referent = await w.call<Indicators>('referent', 'GET', '/dashboard/indicators');
    expect(referent.body).toMatchObject({ mine: true, caseload: Number(mine[0].n), cersAwaiting: null, month: { from: firstDayOfMonth(today), to: lastDayOfMonth(today) } });
    expect(referent.body.entries).toBeGreaterThanOrEqual(1);
    expect(referent.body.exits).toBeGreaterThanOrEqual(1);
    expect(referent.body.cers.find((c) => c.state === 'valide')?.count).toBe(1);
    expect(referent.body.alerts.map((a) => a.id)).toEqual(['missing-characteristics', 'standbys-ending', 'cer-renewal', 'assigned-notes', 'etapes-ending', 'positionnements-unanswered']);
    const entries = await w.call<Row[]>('referent', 'GET', '/movements/entries?range=[0,499]');
    expect(entries.body.length).toBe(referent.body.entries);
    expect(entries.body.map((r) => r.beneficiary)).toContain(w.files.own);
    expect((await w.call<Row[]>('referent', 'GET', '/movements/exits?range=[0,499]')).body).toEqual([expect.objectContaining({ beneficiary: w.files.own, date: lastDayOfMonth(today) })]);
    expect((await w.call('referent', 'GET', '/movements/sideways')).status).toBe(404);
    const cadre = await w.call<Indicators>('cadre', 'GET', '/dashboard/indicators');
    expect(cadre.body).toMatchObject({ mine: false, cersAwaiting: 2 });
    expect(cadre.body.caseload).toBeGreaterThan(referent.body.caseload);
    expect((await w.call<Indicators>('secretariat', 'GET', '/dashboard/indicators')).body.cersAwaiting).toBe(1);
  });

  test('the CER queue: the states each one moves forward, on their perimeter', async () => {
    const queue = async (actor: Actor, filter: Record<string, unknown>) => (await w.call<Row[]>(actor, 'GET', `/cer-queue?range=[0,99]&filter=${q(filter)}`)).body;
    expect((await queue('cadre', { awaiting: true })).map((r) => r.id)).toEqual([cers.submitted, cers.waiting]);
    expect((await queue('cadre', { awaiting: true }))[0]).toMatchObject({ fileNumber: expect.any(String), stateLabel: 'Soumis à étude', since: addDays(today, -10) });
    expect((await queue('secretariat', { awaiting: true })).map((r) => r.id)).toEqual([cers.submitted]);
    expect((await queue('secretariatSud', { awaiting: true })).map((r) => r.id)).toEqual([cers.sud]);
    expect(await queue('referent', { awaiting: true })).toEqual([]);
    expect((await queue('referent', { state: 'valide' })).map((r) => r.id)).toEqual([cers.renewal]);
    expect((await w.call('cadre', 'GET', '/cer-queue')).status).toBe(400);
  });
});

describe('charts', () => {
  test('file active per référent and per structure, month by month, on the perimeter', async () => {
    type Chart = { months: string[]; series: Array<{ key: string; label: string; values: number[] }> };
    const byReferent = await w.call<Chart>('cadre', 'GET', '/charts/file-active?by=referent&months=3');
    expect(byReferent.status).toBe(200);
    expect(byReferent.body.months).toEqual([firstDayOfMonth(today, -2).slice(0, 7), firstDayOfMonth(today, -1).slice(0, 7), today.slice(0, 7)]);
    const inForce = await w.all<{ n: number }>(
      "SELECT COUNT(DISTINCT beneficiary_id) AS n FROM assignments WHERE login = ? AND role = 'parcours' AND start_date <= ? AND (end_date IS NULL OR end_date >= ?)",
      [USERS.otherReferent.login, today, today],
    );
    const other = byReferent.body.series.find((s) => s.key === USERS.otherReferent.login);
    expect(other).toMatchObject({ label: USERS.otherReferent.name });
    expect(other?.values[2]).toBe(Number(inForce[0].n));
    const byStructure = await w.call<Chart>('cadre', 'GET', '/charts/file-active?by=structure');
    expect(byStructure.body.months).toHaveLength(12);
    expect(byStructure.body.series.find((s) => s.key === 'DTAS-NORD')?.label).toBe('DTAS Insertion NORD');
    // The perimeter: a cadre of NORD counts no file of SUD.
    const nordFiles = byReferent.body.series.reduce((sum, s) => sum + s.values[2], 0);
    const siege = await w.call<Chart>('siege', 'GET', '/charts/file-active?by=referent&months=3');
    expect(siege.body.series.reduce((sum, s) => sum + s.values[2], 0)).toBeGreaterThan(nordFiles);
    expect((await w.call('referent', 'GET', '/charts/file-active')).status).toBe(403);
    expect((await w.call('cadre', 'GET', '/charts/file-active?months=0')).status).toBe(422);
    expect((await w.call('cadre', 'GET', '/charts/file-active?by=commune')).status).toBe(422);
    expect((await w.all("SELECT id FROM audit_entries WHERE login = ? AND action = 'read:chart:file-active'", [USERS.cadre.login])).length).toBeGreaterThan(0);
  });

  test('CERs per state and the days spent in each state', async () => {
    type Charts = { byState: Array<{ state: string; count: number }>; delays: Array<{ state: string; stays: number; averageDays: number | null }> };
    const charts = await w.call<Charts>('cadre', 'GET', '/charts/cers');
    expect(charts.status).toBe(200);
    expect(Object.fromEntries(charts.body.byState.map((s) => [s.state, s.count]))).toEqual({ proposition: 0, soumis_etude: 1, etude_commission: 0, attente_decision: 1, valide: 1, non_valide: 0 });
    expect(charts.body.delays.find((d) => d.state === 'proposition')).toMatchObject({ stays: 2, averageDays: 17.5 });
    expect(charts.body.delays.find((d) => d.state === 'soumis_etude')).toMatchObject({ stays: 1, averageDays: 10 });
    expect((await w.call('secretariat', 'GET', '/charts/cers')).status).toBe(403);
  });
});
