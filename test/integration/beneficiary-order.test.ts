// The beneficiary list's order (issue 10): names in French order on the server — BÉRAUD before
// BOUKHARI, ÇELIK among the C — by the folded sort key the import stores (nameSortKey of
// @rsa/vocabulary, indexed), and the files the user consulted last first by default. Runs on
// SQLite and, with DATABASE_CLIENT=postgres, on PostgreSQL.
import { preparedRaw } from '@rsa/console-kit';
import { nameSortKey } from '@rsa/vocabulary';
import { http, login, DEMO_PASSWORD } from '../support/http';
import { importRenamedSample } from '../support/renamed-sample';
import { startTestApp, type TestApp } from '../support/test-app';

// The siège sees every file of the département.
const SIEGE = 'siege.insertion';
// Byte order (either database) would put ÇELIK and ÉTIENNE after Dupont and BÉRAUD after BOUKHARI.
const NAMES = ['ÉTIENNE', 'BOUKHARI', 'ÇELIK', 'BÉRAUD', 'CAMUS', 'Dupont', 'CZERNY', 'ABADIE'] as const;
const FRENCH_ORDER = ['ABADIE', 'BÉRAUD', 'BOUKHARI', 'CAMUS', 'ÇELIK', 'CZERNY', 'Dupont', 'ÉTIENNE'];

let app: TestApp;
let token: string;
let ids = new Map<string, number>();

const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? (r as T[]) : ((r as { rows: T[] }).rows ?? []));
const all = async <T>(sql: string, bindings: unknown[] = []): Promise<T[]> => rowsOf<T>(await app.strapi.db.connection.raw(sql, bindings));
const list = (query: string) => http<Array<{ id: number; lastName: string }>>(app.baseUrl, 'GET', `/api/console/beneficiaries?range=[0,499]${query}`, { token });

beforeAll(async () => {
  app = await startTestApp();
  // The sample feed, with its first files renamed.
  ids = await importRenamedSample(app, { names: NAMES, columns: ['NOM'], pick: () => true });
  await app.strapi.plugin('accounts').service('users').upsert({ login: SIEGE, password: DEMO_PASSWORD, profiles: ['siege'], structure: 'SIEGE', territory: 'CENTRE' });
  token = await login(app.baseUrl, SIEGE);
});
afterAll(async () => app?.stop());

test('the import stores nameSortKey of the names as the sort key', async () => {
  const rows = await all<{ id: number; last_name: string; first_name: string; sort_name: string }>('SELECT id, last_name, first_name, sort_name FROM beneficiaries');
  expect(rows.length).toBeGreaterThan(NAMES.length);
  for (const r of rows) expect(r.sort_name).toBe(nameSortKey(r.last_name, r.first_name));
});

test('sorted by name: French order, not the bytes’ order, both ways (parallel requests)', async () => {
  const [asc, desc] = await Promise.all([list('&sort=["lastName","ASC"]'), list('&sort=["lastName","DESC"]')]);
  expect([asc.status, desc.status]).toEqual([200, 200]);
  const renamed = (body: Array<{ lastName: string }>) => body.map((b) => b.lastName).filter((n) => (NAMES as readonly string[]).includes(n));
  expect(renamed(asc.body)).toEqual(FRENCH_ORDER);
  expect(renamed(desc.body)).toEqual([...FRENCH_ORDER].reverse());
});

test('by default, the files the user consulted come first, the last consulted first, then the others by name', async () => {
  for (const name of ['CAMUS', 'ABADIE']) {
    const read = await http(app.baseUrl, 'GET', `/api/console/beneficiaries/${ids.get(name)}`, { token });
    expect(read.status).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
  }
  const result = await list('');
  expect(result.status).toBe(200);
  expect(result.body.slice(0, 2).map((b) => b.id)).toEqual([ids.get('ABADIE'), ids.get('CAMUS')]);
  const rest = result.body.slice(2).map((b) => b.lastName).filter((n) => (NAMES as readonly string[]).includes(n));
  expect(rest).toEqual(FRENCH_ORDER.filter((n) => n !== 'ABADIE' && n !== 'CAMUS'));
});

test('a file written without the key gets it at bootstrap, by the same function', async () => {
  const id = ids.get('ÇELIK');
  await app.strapi.db.connection.raw('UPDATE beneficiaries SET sort_name = NULL WHERE id = ?', [id]);
  expect(await app.strapi.plugin('file-active').service('beneficiaries').backfillSortNames()).toBe(1);
  const [row] = await all<{ sort_name: string; first_name: string }>('SELECT sort_name, first_name FROM beneficiaries WHERE id = ?', [id]);
  expect(row.sort_name).toBe(nameSortKey('ÇELIK', row.first_name));
});

test('the list reads through preparedRaw: the same rows on either database, a named prepared statement on PostgreSQL', async () => {
  type Trx = Parameters<typeof preparedRaw>[0] & { rollback(): Promise<void> };
  const trx = (await (app.strapi.db.connection as unknown as { transaction(): Promise<Trx> }).transaction()) as Trx;
  try {
    const sql = 'SELECT COUNT(*) AS n FROM beneficiaries WHERE id > ?';
    const some = rowsOf<{ n: number | string }>(await preparedRaw(trx, sql, [0]));
    const none = rowsOf<{ n: number | string }>(await preparedRaw(trx, sql, [1_000_000_000]));
    expect(Number(some[0].n)).toBeGreaterThanOrEqual(NAMES.length);
    expect(Number(none[0].n)).toBe(0);
    if (process.env.DATABASE_CLIENT === 'postgres') {
      // Parsed once on this connection, then executed again by name.
      const prepared = rowsOf<{ statement: string }>(await trx.raw("SELECT statement FROM pg_prepared_statements WHERE name LIKE 'rsa_%'"));
      expect(prepared.filter((p) => p.statement.includes('WHERE id > $1'))).toHaveLength(1);
    }
  } finally {
    await trx.rollback();
  }
});

(process.env.DATABASE_CLIENT === 'postgres' ? test.skip : test)('SQLite: the connection reuses a statement it prepared (the list prepares the same few texts on every page)', async () => {
  type Connection = { prepare(sql: string): unknown };
  const client = (app.strapi.db.connection as unknown as { client: { acquireConnection(): Promise<Connection>; releaseConnection(c: Connection): Promise<void> } }).client;
  const connection = await client.acquireConnection();
  try {
    const sql = 'SELECT COUNT(*) AS n FROM beneficiaries WHERE id > ?';
    expect(connection.prepare(sql)).toBe(connection.prepare(sql));
    expect(connection.prepare(`${sql} AND 1 = 1`)).not.toBe(connection.prepare(sql));
  } finally {
    await client.releaseConnection(connection);
  }
});
