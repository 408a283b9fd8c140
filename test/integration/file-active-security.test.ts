// Issue 8, tried as an attacker would, on a booted server (SQLite, or PostgreSQL with
// DATABASE_CLIENT=postgres): assignment end-date rights (also under parallel requests), every
// read written to the audit trail, searched surnames kept out of URLs and of the HTTP log,
// saved searches their owner's, the staff directory for pickers only, the journal's filters.
import { DEMO_PASSWORD, http, login } from '../support/http';
import { ASSIGNMENT_END_MESSAGES } from '../../plugins/file-active/domain/assignment-end';
import { startWorld, q, USERS, type World } from './file-active-setup';

let w: World;
const extra: Record<'operateur' | 'gestionnaire', string> = { operateur: '', gestionnaire: '' };

beforeAll(async () => {
  w = await startWorld();
  const users = w.app.strapi.plugin('accounts').service('users');
  await users.upsert({ login: 'operateur.mife', password: DEMO_PASSWORD, profiles: ['operateur'], structure: 'CEFORA', territory: 'NORD', name: 'Olivier PÉRATEUR' });
  await users.upsert({ login: 'gestion.fse', password: DEMO_PASSWORD, profiles: ['gestionnaire_fse'], structure: 'SIEGE', territory: 'CENTRE', name: 'Gaëlle FSE' });
  extra.operateur = await login(w.app.baseUrl, 'operateur.mife');
  extra.gestionnaire = await login(w.app.baseUrl, 'gestion.fse');
});
afterAll(async () => w?.app.stop());

const as = (token: string, method: string, path: string, body?: unknown) => http(w.app.baseUrl, method, `/api/console${path}`, { token, body });
const count = async (sql: string, bindings: unknown[] = []) => Number((await w.one<{ n: number }>(sql, bindings)).n);
const toDay = (value: unknown): string | null => (value === null ? null : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10));
const assignment = async (id: number) => {
  const row = await w.one<{ end_date: unknown; ended_by_login: string | null }>('SELECT end_date, ended_by_login FROM assignments WHERE id = ?', [id]);
  return { end: toDay(row.end_date), endedBy: row.ended_by_login };
};
const parcoursOf = async (file: number) => Number((await w.one<{ id: number }>("SELECT id FROM assignments WHERE beneficiary_id = ? AND role = 'parcours'", [file])).id);
const auditRows = (action: string, loginName: string) =>
  w.all<{ beneficiary_id: number | null; at: unknown }>('SELECT beneficiary_id, at FROM audit_entries WHERE action = ? AND login = ? ORDER BY id', [action, loginName]);

describe('assignment end dates (issue 8, item 3)', () => {
  test('a référent d’étape cannot make their temporary access permanent', async () => {
    const added = await w.call<{ id: number }>('cadre', 'POST', '/assignments', { beneficiary: w.files.other, login: USERS.referent.login, role: 'etape', start: '2026-11-01', end: '2026-12-31' });
    expect(added.status).toBe(201);
    const before = await assignment(added.body.id);
    for (const end of ['2099-12-31', '2026-12-15', null]) {
      const res = await w.call<{ message: string }>('referent', 'PUT', `/assignments/${added.body.id}`, { end });
      expect([res.status, res.body.message]).toEqual([403, ASSIGNMENT_END_MESSAGES.stepByReferent]);
    }
    expect(await assignment(added.body.id)).toEqual(before);
    // Changing it is the secretariat's act; clearing it never (a référent d'étape always ends).
    expect((await w.call('secretariat', 'PUT', `/assignments/${added.body.id}`, { end: '2027-01-31' })).status).toBe(200);
    const cleared = await w.call<{ message: string }>('secretariat', 'PUT', `/assignments/${added.body.id}`, { end: null });
    expect([cleared.status, cleared.body.message]).toEqual([422, ASSIGNMENT_END_MESSAGES.stepEndRequired]);
    expect(await assignment(added.body.id)).toEqual({ end: '2027-01-31', endedBy: USERS.secretariat.login });
  });

  test('a référent cannot undo a secretariat’s sortie, nor push their own later; bringing it earlier is theirs', async () => {
    const id = await parcoursOf(w.files.own);
    expect((await w.call('secretariat', 'PUT', `/assignments/${id}`, { end: '2026-12-31' })).status).toBe(200);
    for (const end of ['2099-12-31', '2026-12-20', null]) {
      const res = await w.call<{ message: string }>('referent', 'PUT', `/assignments/${id}`, { end });
      expect([res.status, res.body.message]).toEqual([403, ASSIGNMENT_END_MESSAGES.endedBySomeoneElse]);
    }
    expect(await assignment(id)).toEqual({ end: '2026-12-31', endedBy: USERS.secretariat.login });
    expect((await w.call('secretariat', 'PUT', `/assignments/${id}`, { end: null })).status).toBe(200);

    expect((await w.call('referent', 'PUT', `/assignments/${id}`, { end: '2026-12-31' })).status).toBe(200);
    const later = await w.call<{ message: string }>('referent', 'PUT', `/assignments/${id}`, { end: '2099-12-31' });
    expect(later.status).toBe(403);
    expect(later.body.message).toMatch(/seulement avancer votre date de sortie \(actuellement le 31\/12\/2026\)/);
    expect(await assignment(id)).toEqual({ end: '2026-12-31', endedBy: USERS.referent.login });
    expect((await w.call('referent', 'PUT', `/assignments/${id}`, { end: '2026-12-20' })).status).toBe(200);
    expect(await assignment(id)).toEqual({ end: '2026-12-20', endedBy: USERS.referent.login });
  });

  test('parallel requests: only moves decided on the row as it is are applied, never a later date', async () => {
    const id = await parcoursOf(w.files.own);
    const eventsBefore = await count("SELECT COUNT(*) AS n FROM file_events WHERE kind = 'caseload_exit' AND beneficiary_id = ?", [w.files.own]);
    const earlier = ['2026-12-19', '2026-12-18', '2026-12-17', '2026-12-16', '2026-12-15', '2026-12-14', '2026-12-13', '2026-12-12'];
    const later = ['2027-06-30', '2099-12-31', '2026-12-25', '2030-01-01'];
    const requests = [...earlier, ...later].map((end) => w.call<{ end?: string }>('referent', 'PUT', `/assignments/${id}`, { end }).then((r) => ({ end, status: r.status })));
    const answers = await Promise.all(requests);
    for (const a of answers.filter((x) => later.includes(x.end))) expect(a.status).toBe(403);
    for (const a of answers) expect([200, 403, 409]).toContain(a.status);
    const accepted = answers.filter((a) => a.status === 200);
    expect(accepted.length).toBeGreaterThan(0);
    const final = await assignment(id);
    expect(accepted.map((a) => a.end)).toContain(final.end);
    expect(final.end! <= '2026-12-20').toBe(true);
    expect(await count("SELECT COUNT(*) AS n FROM file_events WHERE kind = 'caseload_exit' AND beneficiary_id = ?", [w.files.own])).toBe(eventsBefore + accepted.length);
    expect((await w.call('secretariat', 'PUT', `/assignments/${id}`, { end: null })).status).toBe(200);
  });
});

describe('every read is audited (issue 8, weak)', () => {
  test('a page of the list: one entry per file returned, written together', async () => {
    const page = await w.call<Array<{ id: number }>>('secretariat', 'GET', '/beneficiaries?range=[0,9]');
    expect(page.status).toBe(200);
    const rows = await auditRows('read:list', USERS.secretariat.login);
    expect(rows.map((r) => Number(r.beneficiary_id)).sort()).toEqual(page.body.map((b) => b.id).sort());
    expect(new Set(rows.map((r) => String(r.at))).size).toBe(1);
  });

  test.each([
    ['notes', 'read:notes'],
    ['characteristics', 'read:characteristics'],
    ['standbys', 'read:standbys'],
    ['annex-items', 'read:annex'],
  ])('the %s of a file → %s', async (resource, action) => {
    const before = await count('SELECT COUNT(*) AS n FROM audit_entries WHERE action = ? AND beneficiary_id = ? AND login = ?', [action, w.files.other, USERS.cadre.login]);
    expect((await w.call('cadre', 'GET', `/${resource}?filter=${q({ beneficiary: w.files.other })}`)).status).toBe(200);
    expect(await count('SELECT COUNT(*) AS n FROM audit_entries WHERE action = ? AND beneficiary_id = ? AND login = ?', [action, w.files.other, USERS.cadre.login])).toBe(before + 1);
    // Outside the perimeter: 404 and nothing recorded as read.
    expect((await w.call('secretariatSud', 'GET', `/${resource}?filter=${q({ beneficiary: w.files.other })}`)).status).toBe(404);
    expect(await count('SELECT COUNT(*) AS n FROM audit_entries WHERE action = ? AND login = ?', [action, USERS.secretariatSud.login])).toBe(0);
  });

  test('parallel reads: written together, one entry per answer, none lost or doubled', async () => {
    const entries = () => count('SELECT COUNT(*) AS n FROM audit_entries WHERE action = ? AND beneficiary_id = ? AND login = ?', ['read:notes', w.files.other, USERS.cadre.login]);
    const before = await entries();
    // 30 reads at once: their entries are grouped; each answer comes only once its own is written.
    const answers = await Promise.all(
      Array.from({ length: 30 }, async () => {
        const { status } = await w.call('cadre', 'GET', `/notes?filter=${q({ beneficiary: w.files.other })}`);
        return { status, seen: await entries() };
      }),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(30).fill(200));
    expect(Math.min(...answers.map((a) => a.seen))).toBeGreaterThan(before);
    expect(await entries()).toBe(before + 30);
  });

  test('the CER list of a file, the keyword search, on-screen reports', async () => {
    expect((await w.call('cadre', 'GET', `/cers?filter=${q({ beneficiary: w.files.own })}`)).status).toBe(200);
    expect((await auditRows('read:cers', USERS.cadre.login)).length).toBeGreaterThan(0);

    const own = await w.one<{ last_name: string }>('SELECT last_name FROM beneficiaries WHERE id = ?', [w.files.own]);
    const hits = await w.call<Array<{ beneficiary: number }>>('referent', 'POST', '/search', { q: own.last_name });
    expect(hits.status).toBe(200);
    const searched = (await auditRows('read:search', USERS.referent.login)).map((r) => Number(r.beneficiary_id));
    expect(searched).toEqual(expect.arrayContaining([...new Set(hits.body.map((h) => h.beneficiary))]));
    expect(searched).toContain(w.files.own);

    const report = await w.call<Array<{ beneficiary: number }>>('secretariat', 'GET', '/reports/missing-characteristics?situation=tous&range=[0,4]');
    expect(report.status).toBe(200);
    expect(report.body.length).toBeGreaterThan(0);
    const reported = (await auditRows('read:report:missing-characteristics', USERS.secretariat.login)).map((r) => Number(r.beneficiary_id));
    expect(reported.sort()).toEqual([...new Set(report.body.map((r) => r.beneficiary))].sort());

    const cerReport = await w.call<unknown[]>('cadre', 'GET', '/reports/files-without-cer');
    expect(cerReport.status).toBe(200);
    expect((await auditRows('read:report:files-without-cer', USERS.cadre.login)).length).toBe(Math.max(cerReport.body.length, 1));
  });
});

describe('searched surnames stay out of URLs and of the HTTP log (issue 8, weak)', () => {
  test('the list searched by POST body; no log line carries a query string', async () => {
    const own = await w.one<{ last_name: string }>('SELECT last_name FROM beneficiaries WHERE id = ?', [w.files.own]);
    const lines: string[] = [];
    const spy = jest.spyOn(w.app.strapi.log, 'http').mockImplementation(((message: string) => {
      lines.push(message);
      return w.app.strapi.log;
    }) as never);
    try {
      const byBody = await w.call<Array<{ id: number }>>('referent', 'POST', '/beneficiary-searches', { filter: { q: own.last_name }, sort: ['lastName', 'ASC'], range: [0, 9] });
      expect(byBody.status).toBe(200);
      expect(byBody.body.map((b) => b.id)).toContain(w.files.own);
      expect(byBody.headers.get('content-range')).toMatch(/^beneficiaries 0-\d+\/\d+$/);
      const bad = await w.call<{ message: string }>('referent', 'POST', '/beneficiary-searches', { range: 'tout' });
      expect(bad.status).toBe(400);
      // Scripts may still use the simple REST query string: it never reaches the log.
      expect((await w.call('referent', 'GET', `/beneficiaries?filter=${q({ q: own.last_name })}`)).status).toBe(200);
      expect((await w.call('referent', 'GET', `/search?q=${encodeURIComponent(own.last_name)}`)).status).toBe(200);
      expect((await w.call('referent', 'POST', '/search', { q: own.last_name })).status).toBe(200);
    } finally {
      spy.mockRestore();
    }
    expect(lines).toEqual(expect.arrayContaining([expect.stringMatching(/^POST \/api\/console\/beneficiary-searches \(\d+ ms\) 200$/), expect.stringMatching(/^GET \/api\/console\/beneficiaries\?… \(\d+ ms\) 200$/)]));
    const surname = own.last_name.toLowerCase();
    for (const line of lines) {
      expect(line.toLowerCase()).not.toContain(surname);
      expect(line.toLowerCase()).not.toContain(encodeURIComponent(surname));
    }
  });
});

describe('saved searches and the staff directory (issue 8, weak)', () => {
  test('a saved search is its owner’s only, whatever the profile', async () => {
    const saved = await w.call<{ id: number }>('referent', 'POST', '/saved-searches', { name: 'Mes Dupont', filter: { q: 'dupont' } });
    expect(saved.status).toBe(201);
    expect((await w.call('cadre', 'POST', '/saved-searches', { name: 'Mes Dupont', filter: { q: 'martin' } })).status).toBe(201);
    expect((await w.call('referent', 'POST', '/saved-searches', { name: 'Mes Dupont', filter: {} })).status).toBe(409);
    const mine = await w.call<Array<{ name: string; filter: { q: string } }>>('referent', 'GET', '/saved-searches');
    expect(mine.body).toEqual([expect.objectContaining({ name: 'Mes Dupont', filter: { q: 'dupont' } })]);
    for (const token of [extra.operateur, extra.gestionnaire, w.tokens.siege, w.tokens.secretariatSud]) {
      expect((await as(token, 'GET', '/saved-searches')).body).toEqual([]);
    }
    expect((await w.call<Array<{ filter: { q: string } }>>('cadre', 'GET', '/saved-searches')).body.map((s) => s.filter.q)).toEqual(['martin']);
    expect((await w.call('cadre', 'DELETE', `/saved-searches/${saved.body.id}`)).status).toBe(404);
    expect((await as(extra.operateur, 'DELETE', `/saved-searches/${saved.body.id}`)).status).toBe(404);
    expect((await w.call('referent', 'DELETE', `/saved-searches/${saved.body.id}`)).status).toBe(200);
  });

  test.each([
    ['operateur', 403],
    ['gestionnaire', 403],
  ] as const)('the directory refuses the %s (%i)', async (who, status) => {
    const res = await as(extra[who], 'GET', `/users?filter=${q({ q: 'a' })}`);
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ message: 'L’annuaire des collaborateurs n’est pas ouvert à votre profil.' });
  });

  test.each(['referent', 'secretariat', 'structureSecretariat', 'cadre', 'siege'] as const)('the directory answers a %s what a picker needs', async (actor) => {
    const res = await w.call<Array<Record<string, unknown>>>(actor, 'GET', `/users?filter=${q({ q: 'sophie' })}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ id: expect.any(Number), login: USERS.secretariat.login, name: USERS.secretariat.name, structureCode: 'DTAS-NORD', structureName: 'DTAS Insertion NORD', territoryCode: 'NORD' }]);
    const many = await w.call<Array<{ login: string }>>(actor, 'GET', `/users?filter=${q({ id: [res.body[0].id] })}`);
    expect(many.body.map((u) => u.login)).toEqual([USERS.secretariat.login]);
  });
});

describe('the journal d’accès (issue 10)', () => {
  type Entry = { id: number; at: string; login: string; name: string | null; action: string; beneficiary: number | null; fileNumber: string | null };

  test('cadre and siège filter by user, file number, action and period; others are refused', async () => {
    const file = await w.one<{ file_number: string }>('SELECT file_number FROM beneficiaries WHERE id = ?', [w.files.own]);
    await w.call('referent', 'GET', `/beneficiaries/${w.files.own}`);
    const referentId = Number((await w.one<{ id: number }>('SELECT id FROM console_users WHERE login = ?', [USERS.referent.login])).id);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const filter = { user: referentId, fileNumber: file.file_number, action: 'read', from: today, to: today };
    const res = await w.call<Entry[]>('cadre', 'GET', `/audit-entries?filter=${q(filter)}&range=[0,49]`);
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThan(0);
    for (const e of res.body) {
      expect(e).toMatchObject({ login: USERS.referent.login, name: USERS.referent.name, beneficiary: w.files.own, fileNumber: file.file_number });
      expect(e.action).toMatch(/^read:/);
      // Written as the instant it happened (either database, whatever the process's time zone).
      expect(Math.abs(new Date(e.at).getTime() - Date.now())).toBeLessThan(10 * 60_000);
    }
    expect(res.body.map((e) => e.action)).toContain('read:file');
    const yesterday = await w.call<Entry[]>('cadre', 'GET', `/audit-entries?filter=${q({ ...filter, from: '2020-01-01', to: '2020-01-31' })}`);
    expect(yesterday.body).toEqual([]);
    const unfiltered = await w.call<Entry[]>('siege', 'GET', '/audit-entries?range=[0,4]');
    expect(unfiltered.status).toBe(200);
    expect(unfiltered.body).toHaveLength(5);
    const backwards = await w.call<{ message: string }>('cadre', 'GET', `/audit-entries?filter=${q({ from: '2026-12-02', to: '2026-12-01' })}`);
    expect([backwards.status, backwards.body.message]).toEqual([422, 'La période commence le 02/12/2026, après sa fin le 01/12/2026.']);
    // The cadre of NORD sees nothing of the files of SUD.
    await w.call('secretariatSud', 'GET', `/beneficiaries/${w.files.sud}`);
    const sud = await w.call<Entry[]>('cadre', 'GET', `/audit-entries?filter=${q({ login: USERS.secretariatSud.login })}&range=[0,99]`);
    expect(sud.body.filter((e) => e.beneficiary === w.files.sud)).toEqual([]);
    for (const token of [w.tokens.secretariat, w.tokens.referent, extra.operateur, extra.gestionnaire]) {
      expect((await as(token, 'GET', '/audit-entries')).status).toBe(403);
    }
  });
});
