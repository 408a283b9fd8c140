// Issue 10 (F2, F3, F13): the list's facets checked against the CMS (unknown codes → 422 in French),
// a référent picked by name, the search history of facet searches, saved searches renamed by their
// owner only, named selections of files (owner-only, perimeter re-applied on every read, read by
// id for other modules' batch actions) and their Excel export, the communes picker, the global
// search grouped by kind with the words in the body, and the facet extension point.
import { startWorld, q, USERS, type World } from './file-active-setup';
import { http } from '../support/http';

let w: World;
beforeAll(async () => {
  w = await startWorld();
});
afterAll(async () => w?.app.stop());

type Item = { id: number; fileNumber: string };
const ids = (rows: Item[]) => rows.map((r) => r.id).sort((a, b) => a - b);
const list = (actor: Parameters<World['call']>[0], filter: Record<string, unknown>) =>
  w.call<Item[]>(actor, 'POST', '/beneficiary-searches', { filter, range: [0, 499], sort: ['lastName', 'ASC'] });

describe('facets', () => {
  test('a characteristic with its list value, and a référent chosen by name', async () => {
    const c = await w.one<{ family: string; name: string; value: string }>(
      "SELECT family, name, value FROM characteristics WHERE beneficiary_id = ? AND until IS NULL AND name = 'Etat du droit'",
      [w.files.own],
    );
    const byCode = await list('referent', { characteristic: [{ family: c.family, name: c.name, value: c.value }] });
    expect(byCode.status).toBe(200);
    expect(ids(byCode.body)).toContain(w.files.own);
    const expected = await w.all<{ id: number }>(
      `SELECT DISTINCT c.beneficiary_id AS id FROM characteristics c JOIN assignments a ON a.beneficiary_id = c.beneficiary_id
        WHERE c.name = 'Etat du droit' AND c.until IS NULL AND c.value = ? AND a.login = ? AND a.end_date IS NULL`,
      [c.value, USERS.referent.login],
    );
    expect(ids(byCode.body)).toEqual(expected.map((r) => Number(r.id)).sort((a, b) => a - b));

    const me = await w.one<{ id: number }>('SELECT id FROM console_users WHERE login = ?', [USERS.referent.login]);
    const byLogin = await list('secretariat', { referent: USERS.referent.login });
    const byId = await list('secretariat', { referentId: me.id });
    expect(byId.status).toBe(200);
    expect(ids(byId.body)).toEqual(ids(byLogin.body));
    expect(byId.body.length).toBeGreaterThan(0);
  });

  test('commune and annex data facets', async () => {
    const own = await w.one<{ insee_code: string }>('SELECT insee_code FROM beneficiaries WHERE id = ?', [w.files.own]);
    const byCommune = await list('referent', { commune: [own.insee_code] });
    expect(ids(byCommune.body)).toContain(w.files.own);
    const item = await w.one<{ code: string }>("SELECT code FROM reference_items WHERE list = 'skill' AND active = ? ORDER BY position, id LIMIT 1", [true]);
    expect((await w.call('referent', 'POST', '/annex-items', { beneficiary: w.files.own, kind: 'skill', code: item.code })).status).toBe(201);
    const byAnnex = await list('referent', { annex: [{ kind: 'skill', code: item.code }] });
    expect(ids(byAnnex.body)).toEqual([w.files.own]);
    const communes = await w.call<Array<{ id: string; name: string }>>('referent', 'GET', `/communes?filter=${q({ id: [own.insee_code] })}`);
    expect(communes.body.map((c) => c.id)).toEqual([own.insee_code]);
    // By its whole name: a prefix such as « Saint » matches more communes than the picker's 50.
    const named = await w.call<Array<{ id: string; name: string }>>('referent', 'GET', `/communes?filter=${q({ q: communes.body[0].name })}`);
    expect(named.body.map((c) => c.id)).toContain(own.insee_code);
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ['state', { state: 'perdu' }, /^État inconnu : perdu/],
    ['territory', { territory: 'ATLANTIDE' }, /^Territoire inconnu : ATLANTIDE\.$/],
    ['commune', { commune: ['99999'] }, /^Commune inconnue \(code INSEE\) : 99999\.$/],
    ['characteristic', { characteristic: { family: 'Situation RSA', name: 'Couleur préférée' } }, /^Caractéristique inconnue/],
    ['list value', { characteristic: { family: 'Situation RSA', name: 'Etat du droit', value: 'suspendu pour toujours' } }, /ne figure pas dans la liste « Etat du droit »/],
    ['annex', { annex: [{ kind: 'skill', code: 'PAS-UN-CODE' }] }, /^Donnée annexe inconnue : PAS-UN-CODE\.$/],
    ['référent', { referentId: 999999 }, /^Référent inconnu/],
  ])('an unknown %s → 422 in French', async (_, filter, message) => {
    const res = await w.call<{ message: string }>('referent', 'POST', '/beneficiary-searches', { filter, range: [0, 9] });
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(message);
    // The same on the GET list (no names in it) and on the export.
    expect((await w.call('referent', 'GET', `/beneficiaries?filter=${q(filter)}&range=[0,9]`)).status).toBe(422);
    expect((await w.call('referent', 'POST', '/beneficiary-exports', { filter })).status).toBe(422);
  });

  test('facet searches enter the history once, the owner renames a saved search', async () => {
    const filter = { state: 'entree', territory: 'NORD' };
    await list('cadre', filter);
    await w.call('cadre', 'POST', '/beneficiary-searches', { filter, range: [25, 49], sort: ['lastName', 'ASC'] });
    const history = await w.call<Array<{ filter: Record<string, unknown> }>>('cadre', 'GET', '/search-history');
    expect(history.body.filter((h) => JSON.stringify(h.filter) === JSON.stringify(filter) || (h.filter.state === 'entree' && h.filter.territory === 'NORD'))).toHaveLength(1);
    const saved = await w.call<{ id: number }>('cadre', 'POST', '/saved-searches', { name: 'Entrées Nord', filter });
    expect((await w.call('cadre', 'POST', '/saved-searches', { name: 'Autre', filter: {} })).status).toBe(201);
    expect((await w.call('referent', 'PUT', `/saved-searches/${saved.body.id}`, { name: 'À moi' })).status).toBe(404);
    expect((await w.call('cadre', 'PUT', `/saved-searches/${saved.body.id}`, { name: 'Autre' })).status).toBe(409);
    expect((await w.call('cadre', 'PUT', `/saved-searches/${saved.body.id}`, { name: '  ' })).status).toBe(422);
    const renamed = await w.call<{ name: string; filter: unknown }>('cadre', 'PUT', `/saved-searches/${saved.body.id}`, { name: 'Entrées du Nord' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Entrées du Nord', filter });
  });

  test('another module adds a facet with its own check and SQL', async () => {
    w.app.strapi.plugin('file-active').service('beneficiary-facets').register({
      key: 'prescripteurTest',
      check: (value: unknown) => (value === 'CAF' ? null : `Prescripteur inconnu : ${String(value)}.`),
      sql: () => ({ sql: 'b.id = ?', bindings: [w.files.own] }),
    });
    expect(ids((await list('referent', { prescripteurTest: 'CAF' })).body)).toEqual([w.files.own]);
    const refused = await w.call<{ message: string }>('referent', 'POST', '/beneficiary-searches', { filter: { prescripteurTest: 'XYZ' } });
    expect([refused.status, refused.body.message]).toEqual([422, 'Prescripteur inconnu : XYZ.']);
  });
});

describe('selections', () => {
  let selection: number;

  test('the selections are a declared (hidden) content type', () => {
    expect(w.app.strapi.contentTypes['plugin::file-active.file-selection' as keyof typeof w.app.strapi.contentTypes]).toBeDefined();
  });

  test('a named selection of ticked files, owner-only, within the perimeter', async () => {
    // The référent cannot put another référent's file in a selection: it does not exist for them.
    expect((await w.call('referent', 'POST', '/file-selections', { name: 'Mélange', ids: [w.files.own, w.files.other] })).status).toBe(404);
    expect((await w.call('referent', 'POST', '/file-selections', { name: 'Vide', ids: [] })).status).toBe(422);
    expect((await w.call('referent', 'POST', '/file-selections', { name: '', ids: [w.files.own] })).status).toBe(422);
    const created = await w.call<{ id: number; name: string; beneficiaries: number[]; count: number }>('secretariat', 'POST', '/file-selections', {
      name: 'Convocation collective',
      ids: [w.files.own, w.files.other],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Convocation collective', beneficiaries: [w.files.own, w.files.other], count: 2 });
    selection = created.body.id;
    expect((await w.call('secretariat', 'POST', '/file-selections', { name: 'Convocation collective', ids: [w.files.own] })).status).toBe(409);

    // Read by id (other modules' batch actions), listed, renamed: the owner only.
    expect((await w.call<{ beneficiaries: number[] }>('secretariat', 'GET', `/file-selections/${selection}`)).body.beneficiaries).toEqual([w.files.own, w.files.other]);
    expect((await w.call('cadre', 'GET', `/file-selections/${selection}`)).status).toBe(404);
    expect((await w.call('referent', 'PUT', `/file-selections/${selection}`, { name: 'À moi' })).status).toBe(404);
    expect((await w.call<unknown[]>('cadre', 'GET', '/file-selections')).body).toEqual([]);
    const mine = await w.call<Array<{ name: string; count: number }>>('secretariat', 'GET', '/file-selections');
    expect(mine.body.map((s) => [s.name, s.count])).toEqual([['Convocation collective', 2]]);
    const renamed = await w.call<{ name: string }>('secretariat', 'PUT', `/file-selections/${selection}`, { name: 'Réunion d’information' });
    expect(renamed.body.name).toBe('Réunion d’information');

    // The list shows the selection's files; someone else's selection is not a criterion they may use.
    expect(ids((await list('secretariat', { selection })).body)).toEqual([w.files.own, w.files.other].sort((a, b) => a - b));
    expect((await w.call('cadre', 'POST', '/beneficiary-searches', { filter: { selection } })).status).toBe(404);
  });

  test('the Excel export of a selection, audited as an export of each file', async () => {
    const res = await fetch(`${w.app.baseUrl}/api/console/beneficiary-exports`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${w.tokens.secretariat}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ filter: { selection }, sort: ['lastName', 'ASC'] }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toMatch(/beneficiaires-\d{4}-\d{2}-\d{2}\.xlsx/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['N° dossier', 'Nom', 'Prénom', 'État', 'Référent de parcours']));
    expect(sheet.rowCount).toBe(3);
    const login = USERS.secretariat.login;
    const audited = await w.all<{ beneficiary_id: number }>("SELECT beneficiary_id FROM audit_entries WHERE login = ? AND action = 'export:list'", [login]);
    expect(audited.map((a) => Number(a.beneficiary_id)).sort((a, b) => a - b)).toEqual([w.files.own, w.files.other].sort((a, b) => a - b));
    // Ticked files straight away, without saving them first.
    const ticked = await http(w.app.baseUrl, 'POST', '/api/console/beneficiary-exports', { token: w.tokens.referent, body: { filter: { id: [w.files.own] } } });
    expect(ticked.status).toBe(200);
  });

  test('selections of the same name belong to each owner; deleting is the owner’s', async () => {
    const own = await w.call<{ id: number }>('referent', 'POST', '/file-selections', { name: 'Les miens', ids: [w.files.own] });
    expect(own.status).toBe(201);
    const other = await w.call<{ id: number }>('otherReferent', 'POST', '/file-selections', { name: 'Les miens', ids: [w.files.other] });
    expect(other.status).toBe(201);
    expect((await w.call('otherReferent', 'DELETE', `/file-selections/${own.body.id}`)).status).toBe(404);
    expect((await w.call('secretariat', 'DELETE', `/file-selections/${selection}`)).status).toBe(200);
    expect((await w.call('secretariat', 'GET', `/file-selections/${selection}`)).status).toBe(404);
  });
});

test('the global search: grouped by kind (files, then notes), words in the body', async () => {
  const own = await w.one<{ last_name: string }>('SELECT last_name FROM beneficiaries WHERE id = ?', [w.files.own]);
  await w.call('referent', 'POST', '/notes', { beneficiary: w.files.own, text: `Rappeler ${own.last_name} pour l’atelier`, visibility: 'public' });
  const hits = await w.call<Array<{ kind: string; beneficiary: number; title: string }>>('referent', 'POST', '/search', { q: own.last_name.toLowerCase() });
  expect(hits.status).toBe(200);
  const kinds = hits.body.map((h) => h.kind);
  expect(kinds).toContain('file');
  expect(kinds).toContain('note');
  expect(kinds.indexOf('note')).toBeGreaterThan(kinds.lastIndexOf('file'));
  expect(kinds.filter((k) => k === 'file').length).toBeLessThanOrEqual(10);
  expect((await w.call('referent', 'POST', '/search', { q: 42 })).status).toBe(400);
});
