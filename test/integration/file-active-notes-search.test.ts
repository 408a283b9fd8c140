// Notes (visibility, attribution, closing), the list's filters and "recently consulted first",
// saved searches and history, the global search, the pickers and the audit trail's console page.
import { runAuditPurge } from '../../plugins/file-active/server/src/jobs/audit-purge';
import { startWorld, q, USERS, type World } from './file-active-setup';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.app.stop());

type Note = { id: number; text: string; visibility: string; closed: boolean };
type Item = { id: number; fileNumber: string; lastName: string };

describe('notes', () => {
  let privateNote: number;
  let assignedNote: number;

  test('public, private and attributed notes are seen by the right people', async () => {
    const pub = await w.call<Note>('referent', 'POST', '/notes', { beneficiary: w.files.own, text: 'Rendez-vous pris avec la CAF', visibility: 'public' });
    expect(pub.status).toBe(201);
    const priv = await w.call<Note>('referent', 'POST', '/notes', { beneficiary: w.files.own, text: 'Impression personnelle', visibility: 'private' });
    privateNote = priv.body.id;
    const assigned = await w.call<Note>('referent', 'POST', '/notes', { beneficiary: w.files.own, text: 'Merci de relancer la MSA', visibility: 'assigned', assignedTo: USERS.secretariat.login });
    expect(assigned.status).toBe(201);
    assignedNote = assigned.body.id;
    const texts = async (actor: 'referent' | 'secretariat' | 'cadre') =>
      (await w.call<Note[]>(actor, 'GET', `/notes?filter=${q({ beneficiary: w.files.own })}`)).body.map((n) => n.text).sort();
    expect(await texts('referent')).toEqual(['Impression personnelle', 'Merci de relancer la MSA', 'Rendez-vous pris avec la CAF']);
    expect(await texts('secretariat')).toEqual(['Merci de relancer la MSA', 'Rendez-vous pris avec la CAF']);
    expect(await texts('cadre')).toEqual(['Rendez-vous pris avec la CAF']);
    expect((await w.call('otherReferent', 'GET', `/notes?filter=${q({ beneficiary: w.files.own })}`)).status).toBe(404);
    expect((await w.call('cadre', 'PUT', `/notes/${privateNote}`, { closed: true })).status).toBe(404);
  });

  test('attributing to someone who cannot see the file is refused, nothing stored', async () => {
    const before = (await w.all('SELECT id FROM notes')).length;
    const res = await w.call<{ message: string }>('referent', 'POST', '/notes', { beneficiary: w.files.own, text: 'x', visibility: 'assigned', assignedTo: USERS.secretariatSud.login });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/n’a pas accès à ce dossier/);
    expect((await w.call('siege', 'POST', '/notes', { beneficiary: w.files.own, text: 'x' })).status).toBe(403);
    expect((await w.call('referent', 'POST', '/notes', { beneficiary: w.files.own, text: '  ' })).status).toBe(422);
    expect((await w.all('SELECT id FROM notes')).length).toBe(before);
  });

  test('the widget "notes en cours" lists my open notes; closing keeps the note', async () => {
    const widget = async () => (await w.call<Note[]>('secretariat', 'GET', `/notes?filter=${q({ mine: true, open: true })}`)).body.map((n) => n.id);
    expect(await widget()).toEqual([assignedNote]);
    expect((await w.call('cadre', 'PUT', `/notes/${assignedNote}`, { closed: true })).status).toBe(404);
    const closed = await w.call<Note>('secretariat', 'PUT', `/notes/${assignedNote}`, { closed: true });
    expect(closed.status).toBe(200);
    expect(closed.body.closed).toBe(true);
    expect(await widget()).toEqual([]);
    expect((await w.all('SELECT id FROM notes WHERE id = ?', [assignedNote])).length).toBe(1);
    const timeline = await w.call<Array<{ kind: string }>>('referent', 'GET', `/beneficiaries/${w.files.own}/timeline?filter=${q({ kinds: ['note'] })}`);
    expect(timeline.body).toHaveLength(3);
  });

  test('the global search finds files and the notes the user may see', async () => {
    const hits = await w.call<Array<{ kind: string; beneficiary: number }>>('referent', 'GET', `/search?q=${encodeURIComponent('impression')}`);
    expect(hits.body.map((h) => h.kind)).toEqual(['note']);
    expect((await w.call<unknown[]>('secretariat', 'GET', `/search?q=impression`)).body).toEqual([]);
    const own = await w.one<{ last_name: string }>('SELECT last_name FROM beneficiaries WHERE id = ?', [w.files.own]);
    const files = await w.call<Array<{ kind: string; beneficiary: number }>>('referent', 'GET', `/search?q=${encodeURIComponent(own.last_name.toLowerCase())}`);
    expect(files.body.filter((h) => h.kind === 'file').map((h) => h.beneficiary)).toContain(w.files.own);
    const sud = await w.one<{ last_name: string }>('SELECT last_name FROM beneficiaries WHERE id = ?', [w.files.sud]);
    const none = await w.call<Array<{ beneficiary: number }>>('referent', 'GET', `/search?q=${encodeURIComponent(sud.last_name)}`);
    expect(none.body.map((h) => h.beneficiary)).not.toContain(w.files.sud);
  });
});

test('other plugins contribute timeline items through registerSource', async () => {
  const timeline = w.app.strapi.plugin('file-active').service('timeline');
  timeline.registerSource('appointment', async (beneficiaryId: number) =>
    beneficiaryId === w.files.own ? [{ id: 'appointment-1', kind: 'appointment_done', on: '2026-11-15', title: 'Entretien honoré', detail: null, record: { resource: 'appointments', id: 1 } }] : [],
  );
  const items = await w.call<Array<Record<string, unknown>>>('referent', 'GET', `/beneficiaries/${w.files.own}/timeline?filter=${q({ kinds: ['appointment'] })}`);
  expect(items.body).toEqual([{ id: 'appointment-1', kind: 'appointment', type: 'appointment_done', date: '2026-11-15', title: 'Entretien honoré', detail: null, link: { resource: 'appointments', id: 1 } }]);
  const all = await w.call<Array<{ kind: string }>>('referent', 'GET', `/beneficiaries/${w.files.own}/timeline`);
  expect([...new Set(all.body.map((i) => i.kind))]).toEqual(expect.arrayContaining(['referent', 'note', 'appointment']));
});

describe('beneficiary list', () => {
  test('characteristic values match whatever the case and accents; communes filter', async () => {
    const list = async (filter: object) => (await w.call<Item[]>('secretariat', 'GET', `/beneficiaries?filter=${q(filter)}&range=[0,99]`)).body.map((b) => b.id);
    const all = await list({});
    const nsdd = await list({ characteristic: { family: 'situation rsa', name: 'sdd_nsdd', value: 'non soumis a DROIT et devoir' } });
    const sdd = await list({ characteristic: { family: 'Situation RSA', name: 'SDD_NSDD', value: 'SDD' } });
    expect(sdd.length).toBeGreaterThan(0);
    expect(nsdd.length + sdd.length).toBe(all.length);
    const opened = await list({ characteristic: [{ family: 'Situation RSA', name: 'Etat du droit', value: 'Droit ouvert et VERSABLE' }] });
    expect(opened.length).toBe(all.length);
    const own = await w.one<{ insee_code: string }>('SELECT insee_code FROM beneficiaries WHERE id = ?', [w.files.own]);
    const byCommune = await list({ commune: own.insee_code });
    expect(byCommune).toContain(w.files.own);
    expect(byCommune.length).toBeLessThan(all.length);
  });

  test('recently consulted files come first, for each user', async () => {
    await w.call('secretariat', 'GET', `/beneficiaries/${w.files.other}`);
    await w.call('secretariat', 'GET', `/beneficiaries/${w.files.own}`);
    const first = (await w.call<Item[]>('secretariat', 'GET', '/beneficiaries?range=[0,1]')).body.map((b) => b.id);
    expect(first).toEqual([w.files.own, w.files.other]);
    const recent = await w.call<Item[]>('secretariat', 'GET', `/beneficiaries?filter=${q({ recent: true })}`);
    expect(recent.headers.get('content-range')).toBe('beneficiaries 0-1/2');
    const cadre = (await w.call<Item[]>('cadre', 'GET', `/beneficiaries?filter=${q({ recent: true })}`)).body;
    expect(cadre).toEqual([]);
  });

  test('saved searches are their owner’s; the history keeps text searches', async () => {
    const saved = await w.call<{ id: number }>('referent', 'POST', '/saved-searches', { name: 'Droits clos', filter: { characteristic: { name: 'Etat du droit', value: 'Droit clos' } } });
    expect(saved.status).toBe(201);
    expect((await w.call('referent', 'POST', '/saved-searches', { name: 'Droits clos', filter: {} })).status).toBe(409);
    expect((await w.call('referent', 'POST', '/saved-searches', { name: '', filter: {} })).status).toBe(422);
    const seen = await w.call<Array<{ name: string; owner: string }>>('referent', 'GET', '/saved-searches');
    expect(seen.body).toEqual([expect.objectContaining({ name: 'Droits clos', owner: USERS.referent.login })]);
    expect((await w.call<unknown[]>('secretariatSud', 'GET', '/saved-searches')).body).toEqual([]);
    expect((await w.call('secretariatSud', 'DELETE', `/saved-searches/${saved.body.id}`)).status).toBe(404);
    expect((await w.call('referent', 'DELETE', `/saved-searches/${saved.body.id}`)).status).toBe(200);
    await w.call('referent', 'GET', `/beneficiaries?filter=${q({ q: 'dupont' })}`);
    await w.call('referent', 'GET', `/beneficiaries?filter=${q({ q: 'martin', state: 'entree' })}`);
    const history = await w.call<Array<{ filter: { q: string } }>>('referent', 'GET', '/search-history');
    expect(history.body.map((h) => h.filter.q)).toEqual(['martin', 'dupont']);
  });

  test('the collaborator picker lists active users who may log in', async () => {
    const res = await w.call<Array<{ login: string; structureCode: string }>>('referent', 'GET', `/users?filter=${q({ q: 'sophie' })}`);
    expect(res.body).toEqual([expect.objectContaining({ login: USERS.secretariat.login, structureCode: 'DTAS-NORD' })]);
    const genesisOnly = await w.call<unknown[]>('referent', 'GET', `/users?filter=${q({ q: 'francoise' })}`);
    expect(genesisOnly.body).toEqual([]);
  });
});

describe('audit trail', () => {
  test('cadres and siège consult it by file or by user, within their perimeter; others 403', async () => {
    const byFile = await w.call<Array<{ login: string; action: string; at: string }>>('cadre', 'GET', `/audit-entries?filter=${q({ beneficiary: w.files.own })}&range=[0,4]`);
    expect(byFile.status).toBe(200);
    expect(byFile.headers.get('content-range')).toMatch(/^audit-entries 0-4\/\d+$/);
    expect(byFile.body[0].at).toMatch(/Z$/);
    const byUser = await w.call<Array<{ action: string }>>('siege', 'GET', `/audit-entries?filter=${q({ login: USERS.referent.login })}&range=[0,99]`);
    expect(byUser.body.map((e) => e.action)).toEqual(expect.arrayContaining(['change:note_add']));
    expect((await w.call('secretariat', 'GET', `/audit-entries?filter=${q({ beneficiary: w.files.own })}`)).status).toBe(403);
    expect((await w.call('referent', 'GET', `/audit-entries?filter=${q({ login: USERS.referent.login })}`)).status).toBe(403);
    expect((await w.call('cadre', 'GET', `/audit-entries?filter=${q({ beneficiary: w.files.sud })}`)).status).toBe(404);
  });

  test('the nightly purge removes entries older than 12 months', async () => {
    const old = new Date(Date.now() - 400 * 24 * 3600 * 1000);
    await w.app.strapi.db.connection('audit_entries').insert({ at: old, login: 'x', profile: 'referent', action: 'read:file', beneficiary_id: w.files.own, created_at: old, updated_at: old });
    const before = (await w.all('SELECT id FROM audit_entries')).length;
    const purged = await runAuditPurge(w.app.strapi);
    expect(purged).toBe(1);
    expect(await runAuditPurge(w.app.strapi)).toBe(0);
    expect((await w.all('SELECT id FROM audit_entries')).length).toBe(before - 1);
  });
});
