// Offers of service, positionnements → étapes, events (FEATURES O1–O5, CONTRACT.md `offers` and
// `enrolments`, ACCESS.md opérateur): one Strapi boot walks référent → positionnement →
// operator accepts → étape → operator ends with a reason, the operator's access to the file
// appearing and disappearing at the right dates (APP_TODAY moves the day), every bad input
// refused in French with nothing changed, batch positionnements all or nothing, deletion of an
// offer with people enrolled refused in the admin panel, event registrations with capacity and
// presence, the alerts and the report with its Excel export. SQLite and PostgreSQL.
import { randomUUID } from 'crypto';
import { startWorld, USERS, type World } from './file-active-setup';
import { adminClient, adminLogin, createAdmin } from '../support/admin-http';
import { DEMO_PASSWORD, http, login } from '../support/http';

type Positionnement = { id: number; beneficiary: number; state: string; transitions: string[]; realStart: string | null; realEnd: string | null; endReason: string | null; collaborator: string | null; attendanceHours: number | null; comment: string | null };
type OfferRow = { id: number; title: string; operator: string; start: string; end: string; sessions: Array<{ id: number; start: string; end: string; capacity: number; placesLeft: number }>; placesLeft: number | null; fillRate: number | null };

const OPERATOR = { login: 'operateur.cefora', profiles: ['operateur'], structure: 'CEFORA', territory: 'CENTRE', name: 'Odile PERRIN' };
const COLLEAGUE = { login: 'collegue.cefora', profiles: ['operateur'], structure: 'CEFORA', territory: 'CENTRE', name: 'Cyril ROCHE' };
const OTHER_OPERATOR = { login: 'operateur.autre', profiles: ['operateur'], structure: 'DTAS-SUD', territory: 'SUD', name: 'Agnès VIDAL' };

let w: World;
const tokens: Record<string, string> = {};
const ids = { offer: 0, sessions: 0, closed: 0, session: 0, event: 0, offerDocument: '' };
let secondFile = 0;

const as = <T = unknown>(who: string, method: string, path: string, body?: unknown) =>
  http<T>(w.app.baseUrl, method, `/api/console${path}`, { token: tokens[who] ?? w.tokens[who as keyof World['tokens']], body });
const on = (day: string) => {
  process.env.APP_TODAY = day;
};
const count = async (table: string) => Number((await w.one<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)).n);

// As the admin panel stores them: rows with their document id, relations by row id.
const create = async (uid: string, data: Record<string, unknown>) =>
  (await w.app.strapi.db.query(uid as never).create({ data: { documentId: randomUUID().replace(/-/g, '').slice(0, 24), publishedAt: new Date(), ...data } } as never)) as unknown as { id: number; documentId: string };

beforeAll(async () => {
  w = await startWorld();
  on('2027-01-10');
  const users = w.app.strapi.plugin('accounts').service('users');
  for (const u of [OPERATOR, COLLEAGUE, OTHER_OPERATOR]) {
    await users.upsert({ ...u, password: DEMO_PASSWORD });
    tokens[u.login] = await login(w.app.baseUrl, u.login);
  }
  const cefora = (await w.app.strapi.db.query('api::structure.structure').findOne({ where: { code: 'CEFORA' } })) as { id: number };
  const offer = await create('api::offer.offer', { title: 'Atelier CV et lettre de motivation', operator: cefora.id, startDate: '2027-01-01', endDate: '2027-06-30', capacity: 4, active: true });
  ids.offer = offer.id;
  ids.offerDocument = offer.documentId;
  const bySessions = await create('api::offer.offer', { title: 'Formation cariste', operator: cefora.id, startDate: '2027-01-01', endDate: '2027-12-31', bySessions: true, active: true });
  ids.sessions = bySessions.id;
  ids.session = (await create('api::offer-session.offer-session', { offer: bySessions.id, label: 'Printemps', startDate: '2027-03-01', endDate: '2027-04-30', capacity: 1, active: true })).id;
  ids.closed = (await create('api::offer.offer', { title: 'Chantier d’insertion fermé', operator: cefora.id, startDate: '2027-01-01', endDate: '2027-12-31', active: false })).id;
  ids.event = (await create('api::event.event', { title: 'Forum de l’emploi d’Annonay', type: 'forum_emploi', operator: cefora.id, date: '2027-02-15', capacity: 1, active: true })).id;
  const second = await w.one<{ id: number }>(
    "SELECT b.id FROM beneficiaries b JOIN assignments a ON a.beneficiary_id = b.id AND a.role = 'parcours' WHERE a.login = ? AND b.id <> ? ORDER BY b.id LIMIT 1",
    [USERS.referent.login, w.files.own],
  );
  secondFile = Number(second.id);
}, 420_000);

afterAll(async () => {
  delete process.env.APP_TODAY;
  await w?.app.stop();
});

describe('the plugin and the CMS content are there', () => {
  test('content types of the offers plugin and of the CMS', () => {
    for (const uid of ['plugin::offers.positionnement', 'plugin::offers.event-registration', 'api::offer.offer', 'api::offer-session.offer-session', 'api::event.event']) {
      expect(Object.keys(w.app.strapi.contentTypes)).toContain(uid);
    }
  });
});

describe('the catalogue', () => {
  test('active offers only, with operator code, dates, sessions and places left; filters by operator and dates', async () => {
    const res = await as<OfferRow[]>('referent', 'GET', '/offers');
    expect(res.status).toBe(200);
    const titles = res.body.map((o) => o.title);
    expect(titles).toEqual(expect.arrayContaining(['Atelier CV et lettre de motivation', 'Formation cariste']));
    expect(titles).not.toContain('Chantier d’insertion fermé');
    const cariste = res.body.find((o) => o.id === ids.sessions);
    expect(cariste).toMatchObject({ operator: 'CEFORA', start: '2027-01-01', end: '2027-12-31', sessions: [{ id: ids.session, start: '2027-03-01', end: '2027-04-30', capacity: 1, placesLeft: 1 }] });
    const filtered = await as<OfferRow[]>('referent', 'GET', `/offers?filter=${encodeURIComponent(JSON.stringify({ operator: 'CEFORA', from: '2027-07-01' }))}`);
    expect(filtered.body.map((o) => o.id)).toEqual([ids.sessions]);
  });
});

describe('référent → positionnement → operator accepts → étape → operator ends with a reason', () => {
  let p: Positionnement;

  test('the référent positions a file of theirs (state positionne)', async () => {
    const res = await as<Positionnement>('referent', 'POST', '/enrolments', { beneficiary: w.files.own, offer: ids.offer, plannedStart: '2027-02-01', plannedEnd: '2027-03-31' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ beneficiary: w.files.own, state: 'positionne', transitions: [] });
    p = res.body;
  });

  test('bad input: French message, nothing changed', async () => {
    const before = await count('positionnements');
    const cases: Array<[Record<string, unknown>, number, RegExp]> = [
      [{ beneficiary: secondFile, offer: ids.offer, plannedStart: '2026-12-01', plannedEnd: '2027-01-31' }, 422, /période de l’offre, du 01\/01\/2027 au 30\/06\/2027/],
      [{ beneficiary: secondFile, offer: ids.offer, plannedStart: '2027-03-01', plannedEnd: '2027-02-01' }, 422, /fin prévue précède/],
      [{ beneficiary: secondFile, offer: ids.offer, plannedStart: '2027-03-01' }, 422, /fin prévue est obligatoire/],
      [{ beneficiary: secondFile, offer: ids.closed, plannedStart: '2027-03-01', plannedEnd: '2027-03-31' }, 422, /désactivée/],
      [{ beneficiary: w.files.own, offer: ids.offer, plannedStart: '2027-04-01', plannedEnd: '2027-04-30' }, 409, /déjà un positionnement en cours/],
      [{ beneficiary: secondFile, offer: ids.sessions, plannedStart: '2027-03-01', plannedEnd: '2027-03-31' }, 422, /choisissez une session/],
      [{ beneficiary: secondFile, offer: ids.sessions, session: ids.session, plannedStart: '2027-02-15', plannedEnd: '2027-03-31' }, 422, /comprises dans la session choisie, du 01\/03\/2027 au 30\/04\/2027/],
    ];
    for (const [body, status, message] of cases) {
      const res = await as<{ message: string }>('referent', 'POST', '/enrolments', body);
      expect({ body, status: res.status, message: res.body.message }).toEqual({ body, status, message: expect.stringMatching(message) });
    }
    expect(await count('positionnements')).toBe(before);
  });

  test('who may enrol: not the siège (403), not on a file outside the perimeter (404)', async () => {
    const body = { offer: ids.offer, plannedStart: '2027-02-01', plannedEnd: '2027-02-28' };
    expect((await as('siege', 'POST', '/enrolments', { ...body, beneficiary: secondFile })).status).toBe(403);
    expect((await as('referent', 'POST', '/enrolments', { ...body, beneficiary: w.files.sud })).status).toBe(404);
    expect((await as(OPERATOR.login, 'POST', '/enrolments', { ...body, beneficiary: secondFile })).status).toBe(404);
  });

  test('the operator sees it to answer, not yet the file; another structure’s operator sees nothing', async () => {
    const list = await as<Positionnement[]>(OPERATOR.login, 'GET', '/enrolments');
    expect(list.status).toBe(200);
    expect(list.body.find((x) => x.id === p.id)).toMatchObject({ state: 'positionne', transitions: ['etape', 'refuse'] });
    expect((await as(OPERATOR.login, 'GET', `/beneficiaries/${w.files.own}`)).status).toBe(404);
    expect((await as<Positionnement[]>(OTHER_OPERATOR.login, 'GET', '/enrolments')).body).toEqual([]);
    expect((await as(OTHER_OPERATOR.login, 'GET', `/enrolments/${p.id}`)).status).toBe(404);
  });

  test('only the operator of the offer answers', async () => {
    const byReferent = await as<{ message: string }>('referent', 'POST', `/enrolments/${p.id}/transitions`, { to: 'etape' });
    expect(byReferent.status).toBe(403);
    expect(byReferent.body.message).toMatch(/Seul l’opérateur/);
    expect((await as(OTHER_OPERATOR.login, 'POST', `/enrolments/${p.id}/transitions`, { to: 'etape' })).status).toBe(404);
  });

  test('the operator accepts: étape from the real start, the accepting collaborator named', async () => {
    const res = await as<Positionnement>(OPERATOR.login, 'POST', `/enrolments/${p.id}/transitions`, { to: 'etape', realStart: '2027-02-03' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'etape', realStart: '2027-02-03', collaborator: OPERATOR.login, transitions: ['termine'] });
    const again = await as<{ message: string }>(OPERATOR.login, 'POST', `/enrolments/${p.id}/transitions`, { to: 'etape' });
    expect(again.status).toBe(409);
  });

  test('access appears on the real start, for the named collaborator only, as a référent d’étape (no notes, no CER)', async () => {
    on('2027-02-02');
    expect((await as(OPERATOR.login, 'GET', `/beneficiaries/${w.files.own}`)).status).toBe(404);
    on('2027-02-03');
    const file = await as<{ id: number }>(OPERATOR.login, 'GET', `/beneficiaries/${w.files.own}`);
    expect(file.status).toBe(200);
    expect((await as(COLLEAGUE.login, 'GET', `/beneficiaries/${w.files.own}`)).status).toBe(404);
    const list = await as<Array<{ id: number }>>(OPERATOR.login, 'GET', `/beneficiaries?range=${encodeURIComponent('[0,99]')}`);
    expect(list.body.map((r) => r.id)).toEqual([w.files.own]);
    const filter = encodeURIComponent(JSON.stringify({ beneficiary: w.files.own }));
    expect((await as<unknown[]>(OPERATOR.login, 'GET', `/notes?filter=${filter}`)).body).toEqual([]);
    expect((await as<unknown[]>(OPERATOR.login, 'GET', `/cers?filter=${filter}`)).body).toEqual([]);
  });

  test('facets « étape en cours » and « prescripteur »; the positionnement names its prescripteur and collaborator', async () => {
    const list = async (filter: Record<string, unknown>) =>
      (await as<Array<{ id: number }>>('referent', 'GET', `/beneficiaries?range=${encodeURIComponent('[0,499]')}&filter=${encodeURIComponent(JSON.stringify(filter))}`));
    expect((await list({ etapeOffer: ids.offer })).body.map((r) => r.id)).toEqual([w.files.own]);
    expect((await list({ etapeOffer: ids.sessions })).body).toEqual([]);
    const referentId = Number((await w.one<{ id: number }>('SELECT id FROM console_users WHERE login = ?', [USERS.referent.login])).id);
    expect((await list({ prescripteurId: referentId })).body.map((r) => r.id)).toContain(w.files.own);
    const unknown = await list({ etapeOffer: 999999 });
    expect(unknown.status).toBe(422);
    expect((unknown.body as unknown as { message: string }).message).toBe('Offre inconnue : 999999.');
    on('2027-02-02');
    expect((await list({ etapeOffer: ids.offer })).body).toEqual([]);
    on('2027-02-03');
    const mine = (await as<Array<Positionnement & { createdByName: string; collaboratorName: string }>>('referent', 'GET', `/enrolments?filter=${encodeURIComponent(JSON.stringify({ beneficiary: w.files.own }))}`)).body;
    expect(mine.find((x) => x.id === p.id)).toMatchObject({ createdByName: USERS.referent.name, collaboratorName: OPERATOR.name });
  });

  test('attendance hours, then the end: reason from the configured list, not before the start', async () => {
    const hours = await as<Positionnement>(OPERATOR.login, 'PUT', `/enrolments/${p.id}`, { attendanceHours: '12,5' });
    expect(hours.status).toBe(200);
    expect(hours.body.attendanceHours).toBe(12.5);
    const before = JSON.stringify(await w.one('SELECT state, real_end, end_reason FROM positionnements WHERE id = ?', [p.id]));
    const unknown = await as<{ message: string }>(OPERATOR.login, 'POST', `/enrolments/${p.id}/transitions`, { to: 'termine', realEnd: '2027-03-15', endReason: 'parti_en_vacances' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.message).toMatch(/fin d’étape/);
    const early = await as<{ message: string }>(OPERATOR.login, 'POST', `/enrolments/${p.id}/transitions`, { to: 'termine', realEnd: '2027-02-01', endReason: 'etape_realisee' });
    expect(early.status).toBe(422);
    expect(early.body.message).toMatch(/précède le début de l’étape \(03\/02\/2027\)/);
    expect(JSON.stringify(await w.one('SELECT state, real_end, end_reason FROM positionnements WHERE id = ?', [p.id]))).toBe(before);
    const ended = await as<Positionnement>(OPERATOR.login, 'POST', `/enrolments/${p.id}/transitions`, { to: 'termine', realEnd: '2027-03-15', endReason: 'etape_realisee', comment: 'Bilan remis' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ state: 'termine', realEnd: '2027-03-15', endReason: 'Étape réalisée', transitions: [] });
  });

  test('access lasts until the real end included, and disappears the day after', async () => {
    on('2027-03-15');
    expect((await as(OPERATOR.login, 'GET', `/beneficiaries/${w.files.own}`)).status).toBe(200);
    on('2027-03-16');
    expect((await as(OPERATOR.login, 'GET', `/beneficiaries/${w.files.own}`)).status).toBe(404);
    // The operator still sees the positionnement itself (their offer's history).
    expect((await as(OPERATOR.login, 'GET', `/enrolments/${p.id}`)).status).toBe(200);
  });

  test('the frise shows the positionnement, the étape’s start and end; the CER links find it', async () => {
    const timeline = await as<Array<{ kind: string; title: string; date: string }>>('referent', 'GET', `/beneficiaries/${w.files.own}/timeline`);
    expect(timeline.status).toBe(200);
    const mine = timeline.body.filter((i) => i.kind === 'etape').map((i) => [i.date, i.title]);
    expect(mine).toEqual(expect.arrayContaining([['2027-02-03', 'Début d’étape : Atelier CV et lettre de motivation'], ['2027-03-15', 'Fin d’étape : Atelier CV et lettre de motivation']]));
    const enrolments = w.app.strapi.plugin('offers').service('enrolments');
    expect(await enrolments.existsOnFile(p.id, w.files.own, true)).toBe(true);
    expect(await enrolments.existsOnFile(p.id, secondFile, false)).toBe(false);
  });

  test('a second positionnement on the same offer is possible once the first has ended', async () => {
    on('2027-03-20');
    const res = await as<Positionnement>('referent', 'POST', '/enrolments', { beneficiary: w.files.own, offer: ids.offer, plannedStart: '2027-04-01', plannedEnd: '2027-04-30' });
    expect(res.status).toBe(201);
  });
});

describe('sessions, refusals, batches', () => {
  test('a full session refuses the next one; a refusal needs a motif and frees the place', async () => {
    on('2027-01-10');
    const first = await as<Positionnement>('cadre', 'POST', '/enrolments', { beneficiary: secondFile, offer: ids.sessions, session: ids.session, plannedStart: '2027-03-01', plannedEnd: '2027-03-31' });
    expect(first.status).toBe(201);
    const full = await as<{ message: string }>('cadre', 'POST', '/enrolments', { beneficiary: w.files.other, offer: ids.sessions, session: ids.session, plannedStart: '2027-03-01', plannedEnd: '2027-03-31' });
    expect(full.status).toBe(409);
    expect(full.body.message).toMatch(/session du 01\/03\/2027 au 30\/04\/2027 est complète \(1 place\)/);
    const noMotif = await as<{ message: string }>(OPERATOR.login, 'POST', `/enrolments/${first.body.id}/transitions`, { to: 'refuse' });
    expect(noMotif.status).toBe(422);
    expect(noMotif.body.message).toMatch(/motif du refus/);
    const refused = await as<Positionnement>(OPERATOR.login, 'POST', `/enrolments/${first.body.id}/transitions`, { to: 'refuse', comment: 'Permis CACES requis' });
    expect(refused.body).toMatchObject({ state: 'refuse', comment: 'Permis CACES requis' });
    const now = await as('cadre', 'POST', '/enrolments', { beneficiary: w.files.other, offer: ids.sessions, session: ids.session, plannedStart: '2027-03-01', plannedEnd: '2027-03-31' });
    expect(now.status).toBe(201);
  });

  test('a batch is all or nothing: one refusal names the person, nothing is written', async () => {
    const before = await count('positionnements');
    const refused = await as<{ message: string }>('cadre', 'POST', '/enrolments', { beneficiaries: [secondFile, w.files.own], offer: ids.offer, plannedStart: '2027-04-01', plannedEnd: '2027-04-30' });
    expect(refused.status).toBe(409);
    expect(refused.body.message).toMatch(/^[A-ZÀ-Ü' -]+ .+ : Cette personne a déjà un positionnement en cours/);
    expect(await count('positionnements')).toBe(before);
    const batch = await as<{ created: Positionnement[] }>('cadre', 'POST', '/enrolments', { beneficiaries: [secondFile, w.files.other], offer: ids.offer, plannedStart: '2027-04-01', plannedEnd: '2027-04-30' });
    expect(batch.status).toBe(201);
    expect(batch.body.created.map((x) => x.beneficiary).sort()).toEqual([secondFile, w.files.other].sort());
    // 4 places: the own file's two positionnements and these two fill the offer.
    const full = await as<{ message: string }>('secretariat', 'POST', '/enrolments', { beneficiary: w.files.ccas, offer: ids.offer, plannedStart: '2027-04-01', plannedEnd: '2027-04-30' });
    expect([404, 409]).toContain(full.status);
    const offer = (await as<OfferRow>(OPERATOR.login, 'GET', `/offers/${ids.offer}`)).body;
    expect(offer.placesLeft).toBe(0);
  });
});

describe('the operator names the collaborator who follows the étape (référent d’étape)', () => {
  test('only an active opérateur of the offer’s structure; access goes to the named one, not to whoever accepted', async () => {
    on('2027-01-10');
    const offer = await create('api::offer.offer', { title: 'Mobilisation vers l’emploi', operator: (await w.one<{ id: number }>("SELECT id FROM structures WHERE code = 'CEFORA'")).id, startDate: '2027-01-01', endDate: '2027-12-31', active: true });
    const made = await as<Positionnement>('referent', 'POST', '/enrolments', { beneficiary: secondFile, offer: offer.id, plannedStart: '2027-05-03', plannedEnd: '2027-05-28' });
    expect(made.status).toBe(201);
    const colleagues = await as<Array<{ login: string }>>(OPERATOR.login, 'GET', '/operator-colleagues');
    expect(colleagues.body.map((c) => c.login)).toEqual(expect.arrayContaining([OPERATOR.login, COLLEAGUE.login]));
    expect(colleagues.body.map((c) => c.login)).not.toContain(OTHER_OPERATOR.login);
    expect((await as('referent', 'GET', '/operator-colleagues')).status).toBe(403);
    const wrong = await as<{ message: string }>(OPERATOR.login, 'POST', `/enrolments/${made.body.id}/transitions`, { to: 'etape', collaborator: OTHER_OPERATOR.login });
    expect(wrong.status).toBe(422);
    expect(wrong.body.message).toMatch(/opérateur actif de la structure/);
    const accepted = await as<Positionnement>(OPERATOR.login, 'POST', `/enrolments/${made.body.id}/transitions`, { to: 'etape', collaborator: COLLEAGUE.login });
    expect(accepted.body).toMatchObject({ state: 'etape', collaborator: COLLEAGUE.login, realStart: '2027-05-03' });
    on('2027-05-02');
    expect((await as(COLLEAGUE.login, 'GET', `/beneficiaries/${secondFile}`)).status).toBe(404);
    on('2027-05-03');
    expect((await as(COLLEAGUE.login, 'GET', `/beneficiaries/${secondFile}`)).status).toBe(200);
    expect((await as(OPERATOR.login, 'GET', `/beneficiaries/${secondFile}`)).status).toBe(404);
    on('2027-05-29');
    expect((await as(COLLEAGUE.login, 'GET', `/beneficiaries/${secondFile}`)).status).toBe(404);
    on('2027-01-10');
  });

  test('a saved selection: person by person, accepted or refused with the reason', async () => {
    on('2027-01-10');
    const offer = await create('api::offer.offer', { title: 'Atelier numérique', operator: (await w.one<{ id: number }>("SELECT id FROM structures WHERE code = 'CEFORA'")).id, startDate: '2027-01-01', endDate: '2027-12-31', capacity: 1, active: true });
    const selection = await as<{ id: number }>('referent', 'POST', '/file-selections', { name: 'Atelier numérique', ids: [w.files.own, secondFile] });
    expect(selection.status).toBe(201);
    const res = await as<{ results: Array<{ beneficiary: number; ok: boolean; message: string | null }> }>('referent', 'POST', '/enrolments', { selection: selection.body.id, offer: offer.id, plannedStart: '2027-06-01', plannedEnd: '2027-06-30' });
    expect(res.status).toBe(200);
    expect(res.body.results.filter((r) => r.ok)).toHaveLength(1);
    expect(res.body.results.find((r) => !r.ok)?.message).toMatch(/complète \(1 place\)/);
    expect(Number((await w.one<{ n: number }>('SELECT COUNT(*) AS n FROM positionnements WHERE offer_id = ?', [offer.id])).n)).toBe(1);
    expect((await as('secretariat', 'POST', '/enrolments', { selection: selection.body.id, offer: offer.id, plannedStart: '2027-06-01', plannedEnd: '2027-06-30' })).status).toBe(404);
  });
});

const day = (value: unknown): string => String(value).slice(0, 10);

describe('sessions run inside their offer (admin panel)', () => {
  test('a session outside the offer’s period is refused in French and not kept', async () => {
    const before = await count('offer_sessions');
    // As the document service saves (the admin panel): one transaction, the check after the write.
    const save = (data: Record<string, unknown>) =>
      w.app.strapi.db.transaction(() => w.app.strapi.db.query('api::offer-session.offer-session').create({ data: { documentId: randomUUID().replace(/-/g, '').slice(0, 24), ...data } }));
    await expect(save({ offer: ids.offer, label: 'Trop tard', startDate: '2027-06-01', endDate: '2027-07-15', capacity: 5 })).rejects.toThrow(
      /La session doit se tenir pendant l’offre « Atelier CV et lettre de motivation », du 01\/01\/2027 au 30\/06\/2027/,
    );
    expect(await count('offer_sessions')).toBe(before);
    await expect(save({ offer: ids.offer, label: 'Juin', startDate: '2027-06-01', endDate: '2027-06-30', capacity: 5 })).resolves.toBeTruthy();
    expect(await count('offer_sessions')).toBe(before + 1);
  });

  test('an offer shortened past one of its sessions is refused in French and keeps its dates', async () => {
    const update = (endDate: string) =>
      w.app.strapi.db.transaction(() => w.app.strapi.db.query('api::offer.offer').update({ where: { id: ids.sessions }, data: { endDate } }));
    // « Printemps » runs 01/03/2027 – 30/04/2027.
    await expect(update('2027-04-15')).rejects.toThrow(/La session « Printemps » en sortirait : changez d’abord ses dates/);
    expect(day((await w.app.strapi.db.query('api::offer.offer').findOne({ where: { id: ids.sessions } })).endDate)).toBe('2027-12-31');
    await expect(update('2027-11-30')).resolves.toBeTruthy();
    expect(day((await w.app.strapi.db.query('api::offer.offer').findOne({ where: { id: ids.sessions } })).endDate)).toBe('2027-11-30');
  });
});

describe('deletion refused once someone is enrolled (admin panel)', () => {
  test('the content manager answers the French message and the offer stays', async () => {
    await createAdmin(w.app, 'fanny@departement.test');
    const admin = adminClient(w.app, await adminLogin(w.app, 'fanny@departement.test'));
    const res = await admin<{ error: { message: string } }>('DELETE', `/content-manager/collection-types/api::offer.offer/${ids.offerDocument}`);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Cette offre ne peut pas être supprimée : \d+ personnes y sont positionnées. Désactivez-la plutôt/);
    expect(await w.app.strapi.db.query('api::offer.offer').findOne({ where: { id: ids.offer } })).not.toBeNull();
    // An offer nobody is enrolled on may be deleted.
    const empty = await create('api::offer.offer', { title: 'Offre vide', startDate: '2027-01-01', endDate: '2027-01-31' });
    expect((await admin('DELETE', `/content-manager/collection-types/api::offer.offer/${empty.documentId}`)).status).toBe(200);
  });

  test('cadres and siège edit offers and events in the CMS with the limited role « Offres et événements »; Strapi’s own roles are there', async () => {
    const roles = (await w.app.strapi.db.query('admin::role').findMany({ select: ['code'] })) as Array<{ code: string }>;
    expect(roles.map((r) => r.code)).toEqual(expect.arrayContaining(['strapi-super-admin', 'strapi-editor', 'strapi-author', 'rsa-offres-evenements']));
    await createAdmin(w.app, 'cadre.offres@departement.test', 'rsa-offres-evenements');
    const cadre = adminClient(w.app, await adminLogin(w.app, 'cadre.offres@departement.test'));
    expect((await cadre('GET', '/content-manager/collection-types/api::offer.offer')).status).toBe(200);
    expect((await cadre('GET', '/content-manager/collection-types/api::event.event')).status).toBe(200);
    expect((await cadre('GET', '/content-manager/collection-types/api::structure.structure')).status).toBe(200);
    expect((await cadre('GET', '/content-manager/collection-types/plugin::accounts.console-user')).status).toBe(403);
    expect((await cadre('POST', '/content-manager/collection-types/api::structure.structure', { code: 'X', name: 'X' })).status).toBe(403);
  });
});

describe('events: registration, capacity, presence, frise', () => {
  test('registration from the file, the next one refused when full, presence from the day on', async () => {
    on('2027-02-01');
    const events = await as<Array<{ id: number; placesLeft: number; typeLabel: string }>>('referent', 'GET', '/events');
    expect(events.body.find((e) => e.id === ids.event)).toMatchObject({ placesLeft: 1, typeLabel: 'Forum emploi' });
    const reg = await as<{ id: number; present: boolean | null }>('referent', 'POST', '/event-registrations', { event: ids.event, beneficiary: w.files.own });
    expect(reg.status).toBe(201);
    const full = await as<{ message: string }>('referent', 'POST', '/event-registrations', { event: ids.event, beneficiary: secondFile });
    expect(full.status).toBe(409);
    expect(full.body.message).toMatch(/complet \(1 place\)/);
    const early = await as<{ message: string }>(OPERATOR.login, 'PUT', `/event-registrations/${reg.body.id}`, { present: true });
    expect(early.status).toBe(409);
    on('2027-02-15');
    const confirmed = await as<{ present: boolean }>(OPERATOR.login, 'PUT', `/event-registrations/${reg.body.id}`, { present: true });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.present).toBe(true);
    const timeline = await as<Array<{ kind: string; title: string; detail: string }>>('referent', 'GET', `/beneficiaries/${w.files.own}/timeline`);
    expect(timeline.body.find((i) => i.kind === 'evenement')).toMatchObject({ title: 'Événement : Forum de l’emploi d’Annonay', detail: 'Présent' });
  });

  test('a saved selection registered person by person: the full event refuses each in French', async () => {
    const selection = await as<{ id: number }>('referent', 'POST', '/file-selections', { name: 'Forum', ids: [w.files.own, secondFile] });
    const res = await as<{ results: Array<{ beneficiary: number; ok: boolean; message: string | null }> }>('referent', 'POST', '/event-registrations', { selection: selection.body.id, event: ids.event });
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => [r.beneficiary, r.ok])).toEqual([[w.files.own, false], [secondFile, false]]);
    expect(res.body.results[0].message).toMatch(/déjà inscrite/);
    expect(res.body.results[1].message).toMatch(/complet \(1 place\)/);
  });
});

describe('alerts and report', () => {
  test('étapes ending within X days; positionnements without answer after N days', async () => {
    on('2027-03-25');
    // The own file's second positionnement (2027-04-01 → 04-30) is accepted, then looked at on 04-25.
    const open = (await as<Positionnement[]>(OPERATOR.login, 'GET', `/enrolments?filter=${encodeURIComponent(JSON.stringify({ state: 'positionne' }))}`)).body;
    const own = open.find((x) => x.beneficiary === w.files.own && (x as Positionnement & { offer: number }).offer === ids.offer);
    expect(own).toBeDefined();
    const waiting = await as<Positionnement[]>(OPERATOR.login, 'GET', `/alerts/positionnements-unanswered?filter=${encodeURIComponent(JSON.stringify({ days: 1 }))}`);
    expect(waiting.status).toBe(200);
    expect(waiting.body.map((x) => x.id)).toContain(own?.id);
    on('2027-04-01');
    expect((await as(OPERATOR.login, 'POST', `/enrolments/${own?.id}/transitions`, { to: 'etape' })).status).toBe(200);
    on('2027-04-25');
    const ending = await as<Positionnement[]>(OPERATOR.login, 'GET', `/alerts/etapes-ending?filter=${encodeURIComponent(JSON.stringify({ days: 7 }))}`);
    expect(ending.body.map((x) => x.id)).toEqual([own?.id]);
    const forReferent = await as<Positionnement[]>('referent', 'GET', `/alerts/etapes-ending?filter=${encodeURIComponent(JSON.stringify({ days: 7 }))}`);
    expect(forReferent.body.map((x) => x.id)).toContain(own?.id);
    expect((await as<Positionnement[]>('referent', 'GET', `/alerts/etapes-ending?filter=${encodeURIComponent(JSON.stringify({ days: 3 }))}`)).body).toEqual([]);
    // The same alert in the console's « Alertes » (file-active's registry): a row opens the file.
    const alerts = await as<Array<{ id: string; count: number; columns: Array<{ key: string }> }>>('referent', 'GET', '/alerts');
    expect(alerts.body.find((a) => a.id === 'etapes-ending')).toMatchObject({ columns: expect.arrayContaining([expect.objectContaining({ key: 'plannedEnd' })]) });
    const rows = await as<Array<{ beneficiary: number; offerTitle: string; prescripteur: string }>>('referent', 'GET', `/alert-rows/etapes-ending?range=[0,99]&filter=${encodeURIComponent(JSON.stringify({ days: 7 }))}`);
    expect(rows.status).toBe(200);
    expect(rows.body).toEqual([expect.objectContaining({ beneficiary: w.files.own, offerTitle: 'Atelier CV et lettre de motivation', prescripteur: USERS.referent.name })]);
  });

  test('report per offer (operator: theirs; cadre: all) and its Excel export; reads are audited', async () => {
    const report = await as<Array<{ id: number; positionnements: number; accepted: number; refused: number; ended: number; outcomes: string }>>(OPERATOR.login, 'GET', '/offer-reports');
    expect(report.status).toBe(200);
    const atelier = report.body.find((r) => r.id === ids.offer);
    expect(atelier).toMatchObject({ ended: 1, outcomes: 'Étape réalisée : 1' });
    expect((await as('referent', 'GET', '/offer-reports')).status).toBe(403);
    expect((await as<Array<{ id: number }>>('cadre', 'GET', '/offer-reports')).body.map((r) => r.id)).toEqual(expect.arrayContaining([ids.offer, ids.sessions, ids.closed]));
    const xlsx = await fetch(`${w.app.baseUrl}/api/console/offer-reports/export`, { headers: { Authorization: `Bearer ${tokens[OPERATOR.login]}` } });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(Buffer.from(await xlsx.arrayBuffer()).subarray(0, 2).toString()).toBe('PK');
    const audited = await w.all<{ action: string }>("SELECT DISTINCT action FROM audit_entries WHERE login = ? AND action LIKE '%positionnement%'", [OPERATOR.login]);
    expect(audited.map((a) => a.action).sort()).toEqual(expect.arrayContaining(['change:positionnement', 'read:positionnements']));
  });
});
