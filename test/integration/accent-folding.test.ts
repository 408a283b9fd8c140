// Accent folding (issue 9 §1): one definition, `foldForSearch` of @rsa/vocabulary, for the code
// (the query's words), for the folded column stored at import (beneficiaries.search_text, written
// by the Genesis import) and for the SQL that folds raw columns (`foldSql`, notes and
// characteristics). Runs on SQLite and, with DATABASE_CLIENT=postgres, on PostgreSQL.
import { SQL_FOLDED_CHARACTERS, foldForSearch, foldSql } from '@rsa/vocabulary';
import { http, login, DEMO_PASSWORD } from '../support/http';
import { importRenamedSample } from '../support/renamed-sample';
import { startTestApp, type TestApp } from '../support/test-app';

const REFERENT = 'djilali.teyssier34';
// Names the old system could not find without their exact spelling.
const NAMES = ['Straße', 'Œuvre', "d'Aubigné"] as const;

let app: TestApp;
let token: string;
let ids = new Map<string, number>();

const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? (r as T[]) : ((r as { rows: T[] }).rows ?? []));
const all = async <T>(sql: string, bindings: unknown[] = []): Promise<T[]> => rowsOf<T>(await app.strapi.db.connection.raw(sql, bindings));

beforeAll(async () => {
  app = await startTestApp();
  // The sample feed, with the référent's first three files renamed (NOM and NOM_NAISSANCE).
  ids = await importRenamedSample(app, { names: NAMES, columns: ['NOM', 'NOM_NAISSANCE'], pick: (cell) => cell('REFERENT_ID') === REFERENT });
  await app.strapi.plugin('accounts').service('users').upsert({ login: REFERENT, password: DEMO_PASSWORD, profiles: ['referent'], structure: 'DTAS-NORD', territory: 'NORD' });
  token = await login(app.baseUrl, REFERENT);
});
afterAll(async () => app?.stop());

test('the folded column stored at import is foldForSearch of the names', async () => {
  for (const [name, id] of ids) {
    const [row] = await all<{ search_text: string; first_name: string }>('SELECT search_text, first_name FROM beneficiaries WHERE id = ?', [id]);
    expect(row.search_text.startsWith(foldForSearch(`${name} ${name} ${row.first_name}`))).toBe(true);
  }
});

test('foldSql folds every character as foldForSearch does', async () => {
  const samples = [...SQL_FOLDED_CHARACTERS.map(([c]) => c), ...NAMES, 'STRAẞE', 'L’Étang', 'Lætitia ÇA'];
  const folded = await Promise.all(samples.map(async (s) => (await all<{ folded: string }>(`SELECT ${foldSql('?')} AS folded`, [s]))[0].folded));
  expect(folded).toEqual(samples.map(foldForSearch));
});

describe.each([
  ['Straße', ['STRASSE', 'strasse', 'Straße', 'STRAẞE', 'straße']],
  ['Œuvre', ['Œuvre', 'ŒUVRE', 'oeuvre', 'OEUVRE', 'Œúvrè']],
  ["d'Aubigné", ["d'Aubigné", 'D’AUBIGNE', 'd‘aubigne', 'd´Aubignè', "D'AUBÏGNÉ"]],
] as const)('a search for %s', (name, queries) => {
  test.each(queries)('typed %j finds the file (list filter and global search, in parallel)', async (query) => {
    const id = ids.get(name);
    const [list, search] = await Promise.all([
      http<Array<{ id: number }>>(app.baseUrl, 'GET', `/api/console/beneficiaries?filter=${encodeURIComponent(JSON.stringify({ q: query }))}&range=[0,49]`, { token }),
      http<Array<{ kind: string; beneficiary: number }>>(app.baseUrl, 'GET', `/api/console/search?q=${encodeURIComponent(query)}`, { token }),
    ]);
    expect([list.status, search.status]).toEqual([200, 200]);
    expect(list.body.map((b) => b.id)).toContain(id);
    expect(search.body.filter((h) => h.kind === 'file').map((h) => h.beneficiary)).toContain(id);
  });
});

test('a note is found with other accents, through the SQL folding', async () => {
  const id = ids.get('Straße');
  const note = await http(app.baseUrl, 'POST', '/api/console/notes', { token, body: { beneficiary: id, text: 'Œuvre de la Straße, chez Mme d’Aubigné', visibility: 'public' } });
  expect(note.status).toBe(201);
  const found = await Promise.all(
    ['STRASSE', 'oeuvre', "D'AUBIGNE"].map((query) => http<Array<{ kind: string; beneficiary: number }>>(app.baseUrl, 'GET', `/api/console/search?q=${encodeURIComponent(query)}`, { token })),
  );
  for (const result of found) expect(result.body.filter((h) => h.kind === 'note').map((h) => h.beneficiary)).toContain(id);
});
