// Who may do what on a file (ACCESS.md), procedure by procedure, in the style of a policy test:
// the référent on their own file vs another file (404), the secretariat of another DTAS (404),
// the siège (reads, 403 on writes), the secrétariat de structure; each refusal changes nothing.
import { startWorld, q, USERS, type Actor, type World } from './file-active-setup';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.app.stop());
afterEach(() => {
  delete process.env.APP_TODAY;
});

const count = async (sql: string, bindings: unknown[] = []) => Number((await w.one<{ n: number }>(sql, bindings)).n);

describe('reading a file', () => {
  test.each<[Actor, 'own' | 'other' | 'sud' | 'ccas', number]>([
    ['referent', 'own', 200],
    ['referent', 'other', 404],
    ['referent', 'sud', 404],
    ['secretariat', 'other', 200],
    ['secretariat', 'sud', 404],
    ['secretariatSud', 'sud', 200],
    ['secretariatSud', 'own', 404],
    ['cadre', 'own', 200],
    ['siege', 'sud', 200],
    ['structureSecretariat', 'ccas', 200],
    ['structureSecretariat', 'own', 404],
  ])('%s reads the %s file → %i', async (actor, file, status) => {
    const res = await w.call(actor, 'GET', `/beneficiaries/${w.files[file]}`);
    expect(res.status).toBe(status);
    if (status === 404) expect(res.body).toMatchObject({ message: 'Dossier introuvable.' });
    const timeline = await w.call(actor, 'GET', `/beneficiaries/${w.files[file]}/timeline`);
    expect(timeline.status).toBe(status);
  });

  test('the summary carries actions, accompaniment label, missing characteristics, exit dates', async () => {
    const res = await w.call<Record<string, unknown>>('referent', 'GET', `/beneficiaries/${w.files.own}`);
    expect(res.body.accompanimentLabel).toMatch(/^Entrée - /);
    expect(res.body.actions).toEqual(expect.arrayContaining(['standby.add', 'caseloadExit.enter', 'contact.edit']));
    expect(res.body.actions).not.toContain('caseloadExit.cancel');
    expect(res.body.missingCharacteristics).toEqual(expect.arrayContaining([{ family: 'AdministratifCD07', name: 'Niveau de formation' }]));
    expect((res.body.suggestedExitDates as unknown[]).length).toBe(2);
    expect(res.body.midemRequest).toBeNull();
    const siege = await w.call<Record<string, unknown>>('siege', 'GET', `/beneficiaries/${w.files.own}`);
    expect(siege.body.actions).toEqual([]);
  });

  test('reads are written to the audit trail', async () => {
    expect(await count("SELECT COUNT(*) AS n FROM audit_entries WHERE action = 'read:file' AND beneficiary_id = ? AND login = 'djilali.teyssier34'", [w.files.own])).toBeGreaterThan(0);
    expect(await count("SELECT COUNT(*) AS n FROM audit_entries WHERE action = 'read:timeline' AND beneficiary_id = ?", [w.files.own])).toBeGreaterThan(0);
  });
});

describe('veilles', () => {
  const standbys = () => count('SELECT COUNT(*) AS n FROM standbys');

  test.each<[Actor, 'own' | 'other' | 'sud', number, string | null]>([
    ['referent', 'other', 404, 'Dossier introuvable.'],
    ['secretariatSud', 'own', 404, 'Dossier introuvable.'],
    ['siege', 'own', 403, 'Vous n’avez pas le droit d’effectuer cette action sur ce dossier.'],
    ['structureSecretariat', 'ccas', 403, 'Vous n’avez pas le droit d’effectuer cette action sur ce dossier.'],
  ] as never)('%s adds a veille on the %s file → %i, nothing stored', async (actor, file, status, message) => {
    const before = await standbys();
    const res = await w.call(actor, 'POST', '/standbys', { beneficiary: w.files[file], start: '2026-11-01', end: '2026-12-31', motif: 'Hospitalisation / soins' });
    expect(res.status).toBe(status);
    expect(res.body).toMatchObject({ message });
    expect(await standbys()).toBe(before);
  });

  test('the référent adds, ends, and a secretariat deletes a veille; overlaps and bad dates refused', async () => {
    const bad = await w.call('referent', 'POST', '/standbys', { beneficiary: w.files.own, start: '2026-12-31', end: '2026-11-01', motif: 'Autre motif' });
    expect(bad.status).toBe(422);
    expect(bad.body).toMatchObject({ message: expect.stringContaining('ne peut pas précéder') });
    const added = await w.call<{ id: number }>('referent', 'POST', '/standbys', { beneficiary: w.files.own, start: '2026-11-01', end: '2026-12-10', motif: 'Hospitalisation / soins' });
    expect(added.status).toBe(201);
    // Once its planned end is past it stays in force: a veille never ends by itself.
    process.env.APP_TODAY = '2026-12-20';
    const file = await w.call<{ state: string }>('referent', 'GET', `/beneficiaries/${w.files.own}`);
    expect(file.body.state).toBe('veille');
    const ending = await w.call<Array<{ id: number; daysLeft: number }>>('referent', 'GET', '/reports/standbys-ending?days=0');
    expect(ending.body.map((r) => [r.id, r.daysLeft])).toEqual([[added.body.id, -10]]);
    const overlap = await w.call('referent', 'POST', '/standbys', { beneficiary: w.files.own, start: '2026-11-10', end: null, motif: 'Autre motif' });
    expect(overlap.status).toBe(422);
    expect(overlap.body).toMatchObject({ message: expect.stringContaining('chevauche') });
    const future = await w.call('referent', 'PUT', `/standbys/${added.body.id}`, { end: '2099-01-01' });
    expect(future.status).toBe(422);
    const ended = await w.call<{ endedOn: string; end: string }>('referent', 'PUT', `/standbys/${added.body.id}`, { end: '2026-12-15' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ end: '2026-12-15', endedOn: '2026-12-20' });
    expect((await w.call<{ state: string }>('referent', 'GET', `/beneficiaries/${w.files.own}`)).body.state).toBe('entree');
    delete process.env.APP_TODAY;
    const timeline = await w.call<Array<{ kind: string }>>('referent', 'GET', `/beneficiaries/${w.files.own}/timeline?filter=${q({ kinds: ['standby'] })}`);
    expect(timeline.body.map((i) => i.kind)).toEqual(['standby', 'standby']);
    const second = await w.call<{ id: number }>('referent', 'POST', '/standbys', { beneficiary: w.files.own, start: '2026-12-16', end: null, motif: 'Déménagement en cours' });
    expect(second.status).toBe(201);
    expect((await w.call('siege', 'DELETE', `/standbys/${second.body.id}`)).status).toBe(403);
    expect((await w.call('secretariat', 'DELETE', `/standbys/${second.body.id}`)).status).toBe(200);
    expect(await count('SELECT COUNT(*) AS n FROM standbys WHERE id = ?', [second.body.id])).toBe(0);
  });
});

describe('notes: the secrétariat de structure reads, never writes (ACCESS.md: no write right)', () => {
  test('POST /notes → 403, nothing stored; the file offers no action to write', async () => {
    const notes = () => count('SELECT COUNT(*) AS n FROM notes');
    const before = await notes();
    const res = await w.call('structureSecretariat', 'POST', '/notes', { beneficiary: w.files.ccas, text: 'Merci de rappeler la personne', visibility: 'public' });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ message: 'Vous n’avez pas le droit d’effectuer cette action sur ce dossier.' });
    expect(await notes()).toBe(before);
    const file = await w.call<{ actions: string[] }>('structureSecretariat', 'GET', `/beneficiaries/${w.files.ccas}`);
    expect(file.status).toBe(200);
    expect(file.body.actions).toEqual([]);
  });
});

describe('characteristics and MIDEM request', () => {
  test('actualisation avec historique keeps the previous value', async () => {
    const first = await w.call('referent', 'POST', '/characteristics', { beneficiary: w.files.own, family: 'AdministratifCD07', name: 'Permis de conduire', value: 'oui' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ value: 'OUI', label: 'Oui', current: true });
    await w.call('referent', 'POST', '/characteristics', { beneficiary: w.files.own, family: 'AdministratifCD07', name: 'Permis de conduire', value: 'Non' });
    const history = await w.call<Array<{ name: string; value: string; current: boolean }>>('referent', 'GET', `/characteristics?filter=${q({ beneficiary: w.files.own })}`);
    expect(history.body.filter((c) => c.name === 'Permis de conduire').map((c) => [c.value, c.current])).toEqual([['NON', true], ['OUI', false]]);
    // Who changed it, by name (« Prénom NOM »), for the characteristics history tab.
    expect(new Set(history.body.filter((c) => c.name === 'Permis de conduire').map((c) => (c as unknown as { changedByName: string }).changedByName))).toEqual(new Set(['Djilali TEYSSIER']));
  });

  test.each<[Actor, string, Record<string, string>, number, RegExp]>([
    ['referent', 'own', { family: 'AdministratifCD07', name: 'Mobilité', value: 'Téléportation' }, 422, /« Téléportation » ne figure pas dans la liste « Mobilité »/],
    ['referent', 'own', { family: 'Situation RSA', name: 'Etat du droit', value: '5' }, 422, /provient de Genesis/],
    ['referent', 'other', { family: 'AdministratifCD07', name: 'Mobilité', value: 'Vélo' }, 404, /introuvable/],
    ['siege', 'own', { family: 'AdministratifCD07', name: 'Mobilité', value: 'Vélo' }, 403, /droit/],
  ] as never)('%s on the %s file: %j → %i', async (actor, file, body, status, message) => {
    const before = await count('SELECT COUNT(*) AS n FROM characteristics');
    const res = await w.call<{ message: string }>(actor, 'POST', '/characteristics', { beneficiary: w.files[file as 'own'], ...body });
    expect(res.status).toBe(status);
    expect(res.body.message).toMatch(message);
    expect(await count('SELECT COUNT(*) AS n FROM characteristics')).toBe(before);
  });

  test('MIDEM request: pending, then handled once the feed brings a later Date MIDEM', async () => {
    const future = await w.call('referent', 'POST', `/beneficiaries/${w.files.own}/midem-request`, { motif: 'Absences', requestedOn: '2099-01-01' });
    expect(future.status).toBe(422);
    const res = await w.call('referent', 'POST', `/beneficiaries/${w.files.own}/midem-request`, { motif: 'Absences répétées aux RDV', requestedOn: '2026-11-20' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ motif: 'Absences répétées aux RDV', requestedOn: '2026-11-20', status: 'en_attente' });
    await w.app.strapi.db.connection.raw(
      "INSERT INTO characteristics (beneficiary_id, family, name, value, since, source, created_at, updated_at) VALUES (?, 'AdministratifCD07', 'Date MIDEM', '2026-11-25', '2026-11-25', 'genesis', ?, ?)",
      [w.files.own, new Date(), new Date()],
    );
    const file = await w.call<{ midemRequest: { status: string } }>('referent', 'GET', `/beneficiaries/${w.files.own}`);
    expect(file.body.midemRequest.status).toBe('traitee');
    expect((await w.call('siege', 'POST', `/beneficiaries/${w.files.own}/midem-request`, { motif: 'x', requestedOn: '2026-11-20' })).status).toBe(403);
  });
});

describe('contact', () => {
  test('the référent sets phone and e-mail; bad values refused, nothing changed', async () => {
    const before = await w.one<{ phone: string | null; email: string | null }>('SELECT phone, email FROM beneficiaries WHERE id = ?', [w.files.own]);
    const bad = await w.call<{ message: string }>('referent', 'PUT', `/beneficiaries/${w.files.own}/contact`, { phone: '06 12', email: 'pas-un-mail' });
    expect(bad.status).toBe(422);
    expect(bad.body.message).toMatch(/Numéro de téléphone invalide.*Adresse e-mail invalide/);
    expect(await w.one('SELECT phone, email FROM beneficiaries WHERE id = ?', [w.files.own])).toEqual(before);
    const ok = await w.call('referent', 'PUT', `/beneficiaries/${w.files.own}/contact`, { phone: '06 12 34 56 78', email: 'Jean.Dupont@Exemple.FR' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ phone: '06 12 34 56 78', phoneE164: '+33612345678', email: 'Jean.Dupont@exemple.fr' });
    const row = await w.one<{ contact_edited_at: unknown }>('SELECT contact_edited_at FROM beneficiaries WHERE id = ?', [w.files.own]);
    expect(row.contact_edited_at).not.toBeNull();
    expect((await w.call('referent', 'PUT', `/beneficiaries/${w.files.other}/contact`, { phone: '0612345678' })).status).toBe(404);
    expect((await w.call('siege', 'PUT', `/beneficiaries/${w.files.own}/contact`, { phone: '0612345678' })).status).toBe(403);
  });
});

describe('annex data', () => {
  test('values come from the reference list; refused outside it and for the siège', async () => {
    const list = await w.call<Array<{ code: string; label: string }>>('siege', 'GET', `/reference-items?filter=${q({ list: 'job_wish' })}`);
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(3);
    const code = list.body[0].code;
    const added = await w.call<{ id: number; label: string }>('referent', 'POST', '/annex-items', { beneficiary: w.files.own, kind: 'job_wish', code });
    expect(added.status).toBe(201);
    expect(added.body.label).toBe(list.body[0].label);
    expect((await w.call('referent', 'POST', '/annex-items', { beneficiary: w.files.own, kind: 'job_wish', code: 'astronaute' })).status).toBe(422);
    expect((await w.call('siege', 'POST', '/annex-items', { beneficiary: w.files.own, kind: 'skill', code })).status).toBe(403);
    expect((await w.call('referent', 'POST', '/annex-items', { beneficiary: w.files.other, kind: 'job_wish', code })).status).toBe(404);
    const items = await w.call<Array<{ createdByName: string }>>('secretariat', 'GET', `/annex-items?filter=${q({ beneficiary: w.files.own })}`);
    expect(items.body).toHaveLength(1);
    expect(items.body[0].createdByName).toBe('Djilali TEYSSIER');
    const byWish = await w.call<Array<{ id: number }>>('secretariat', 'GET', `/beneficiaries?filter=${q({ annex: { kind: 'job_wish', code } })}`);
    expect(byWish.body.map((b) => b.id)).toEqual([w.files.own]);
    expect((await w.call('otherReferent', 'DELETE', `/annex-items/${added.body.id}`)).status).toBe(404);
    expect((await w.call('referent', 'DELETE', `/annex-items/${added.body.id}`)).status).toBe(200);
  });
});

describe('sortie de file active and référent d’étape', () => {
  const parcoursOf = async (file: number) =>
    w.one<{ id: number; start_date: string; end_date: string | null }>("SELECT id, start_date, end_date FROM assignments WHERE beneficiary_id = ? AND role = 'parcours'", [file]);

  test('the référent exits their own file; a date before the start is refused; only secretariats and cadres cancel', async () => {
    const assignment = await parcoursOf(w.files.own);
    const early = await w.call<{ message: string }>('referent', 'PUT', `/assignments/${assignment.id}`, { end: '2000-01-31' });
    expect(early.status).toBe(422);
    expect(early.body.message).toMatch(/ne peut pas précéder le début/);
    expect((await w.call('otherReferent', 'PUT', `/assignments/${assignment.id}`, { end: '2026-12-31' })).status).toBe(404);
    expect((await w.call('siege', 'PUT', `/assignments/${assignment.id}`, { end: '2026-12-31' })).status).toBe(403);
    expect((await parcoursOf(w.files.own)).end_date).toBeNull();
    const [, nextMonth] = (await w.call<{ suggestedExitDates: Array<{ date: string }> }>('referent', 'GET', `/beneficiaries/${w.files.own}`)).body.suggestedExitDates;
    expect((await w.call('referent', 'PUT', `/assignments/${assignment.id}`, { end: nextMonth.date })).status).toBe(200);
    expect((await w.call('referent', 'PUT', `/assignments/${assignment.id}`, { end: null })).status).toBe(403);
    expect((await w.call('structureSecretariat', 'PUT', `/assignments/${assignment.id}`, { end: null })).status).toBe(404);
    expect((await parcoursOf(w.files.own)).end_date).toBe(nextMonth.date);
    expect((await w.call('secretariat', 'PUT', `/assignments/${assignment.id}`, { end: null })).status).toBe(200);
    expect((await parcoursOf(w.files.own)).end_date).toBeNull();
    const timeline = await w.call<Array<{ title: string }>>('referent', 'GET', `/beneficiaries/${w.files.own}/timeline?filter=${q({ kinds: ['event'] })}`);
    expect(timeline.body.map((i) => i.title)).toEqual(expect.arrayContaining(['Sortie de file active saisie', 'Sortie de file active annulée']));
  });

  test('a référent d’étape needs an end date and is added by a secretariat or a cadre only', async () => {
    const body = { beneficiary: w.files.other, login: USERS.referent.login, role: 'etape', start: '2026-11-01', end: '2026-12-31' };
    expect((await w.call('referent', 'GET', `/beneficiaries/${w.files.other}`)).status).toBe(404);
    expect((await w.call('referent', 'POST', '/assignments', body)).status).toBe(404);
    expect((await w.call('otherReferent', 'POST', '/assignments', body)).status).toBe(403);
    const missing = await w.call<{ message: string }>('secretariat', 'POST', '/assignments', { ...body, end: null });
    expect(missing.status).toBe(422);
    expect(missing.body.message).toBe('La date de fin est obligatoire pour un référent d’étape.');
    expect((await w.call('cadre', 'POST', '/assignments', body)).status).toBe(201);
    expect((await w.call('referent', 'GET', `/beneficiaries/${w.files.other}`)).status).toBe(200);
  });
});
