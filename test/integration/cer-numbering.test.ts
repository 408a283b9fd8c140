// CER numbers under concurrency (FEATURES C1, domain numbering/next-cer-number): creations sent
// at once by real parallel HTTP requests get distinct numbers 1…n, none answers 5xx, and the
// database itself refuses a duplicate (unique index on beneficiary_id + number), on SQLite under
// `npm test` and PostgreSQL under `npm run test:pg`.
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, type World } from './cer-world';

let app: TestApp;
let world: World;
beforeAll(async () => {
  app = await startTestApp();
  world = await buildWorld(app);
});
afterAll(async () => app?.stop());

const PARALLEL = 12;

test(`${PARALLEL} CERs created at once on one file get the numbers 1…${PARALLEL}, without a 5xx`, async () => {
  const results = await Promise.all(
    Array.from({ length: PARALLEL }, (_v, i) => world.call<{ id: number; number: number }>('referent', 'POST', '/cers', { beneficiary: world.files.mine, situation: `Création parallèle ${i}` })),
  );
  expect(results.map((r) => r.status)).toEqual(Array(PARALLEL).fill(201));
  const numbers = results.map((r) => r.body.number).sort((a, b) => a - b);
  expect(numbers).toEqual(Array.from({ length: PARALLEL }, (_v, i) => i + 1));
  const stored = await world.sql<{ number: number }>('SELECT number FROM cers WHERE beneficiary_id = ? ORDER BY number', [world.files.mine]);
  expect(stored.map((r) => Number(r.number))).toEqual(numbers);
});

test('two files number independently, in parallel too', async () => {
  const results = await Promise.all(
    [world.files.mine, world.files.other, world.files.mine, world.files.other].map((file, i) =>
      world.call<{ number: number; beneficiary?: number }>(i % 2 ? 'otherReferent' : 'referent', 'POST', '/cers', { beneficiary: file }),
    ),
  );
  expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201]);
  expect([results[0].body.number, results[2].body.number].sort((a, b) => a - b)).toEqual([PARALLEL + 1, PARALLEL + 2]);
  expect([results[1].body.number, results[3].body.number].sort((a, b) => a - b)).toEqual([1, 2]);
});

test('a number chosen by hand and already taken, even by a parallel request, is a 422 in French and nothing is created', async () => {
  const before = await world.sql<{ n: number }>('SELECT COUNT(*) AS n FROM cers', []);
  const results = await Promise.all(
    [0, 1, 2].map(() => world.call<{ message: string }>('otherReferent', 'POST', '/cers', { beneficiary: world.files.other, number: 50 })),
  );
  expect(results.map((r) => r.status).sort()).toEqual([201, 422, 422]);
  for (const refused of results.filter((r) => r.status === 422)) expect(refused.body.message).toBe('Le dossier a déjà un CER n° 50 : choisissez un autre numéro.');
  const after = await world.sql<{ n: number }>('SELECT COUNT(*) AS n FROM cers', []);
  expect(Number(after[0].n)).toBe(Number(before[0].n) + 1);
});

test('the database refuses a duplicate number on its own (unique index)', async () => {
  const indexes = app.database.client === 'postgres'
    ? await world.sql<{ name: string }>("SELECT indexname AS name FROM pg_indexes WHERE tablename = 'cers'")
    : await world.sql<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cers'");
  expect(indexes.map((i) => i.name)).toContain('ux_cers_beneficiary_id_number');
  const [cer] = await world.sql<{ id: number; number: number }>('SELECT id, number FROM cers WHERE beneficiary_id = ? ORDER BY id LIMIT 1', [world.files.mine]);
  const now = new Date();
  // Caught by hand: under --runInBand the driver's error class may come from another test file's
  // realm, which jest's toThrow does not recognise as an Error.
  const failure = await app.strapi.db.connection
    .raw("INSERT INTO cers (beneficiary_id, number, state, created_at, updated_at) VALUES (?, ?, 'proposition', ?, ?)", [world.files.mine, cer.number, now, now])
    .then(() => null, (error: unknown) => String((error as { message?: unknown }).message ?? error));
  expect(failure).toMatch(/unique|duplicate/i);
});

test('a number taken behind the server’s back while a creation runs is retried: the creation takes the next one (201)', async () => {
  const numbers = async () => (await world.sql<{ number: number }>('SELECT number FROM cers WHERE beneficiary_id = ?', [world.files.mine])).map((r) => Number(r.number));
  const next = Math.max(0, ...(await numbers())) + 1;
  // Another writer (not the server's locking path) inserts the next number and holds its
  // transaction open: on PostgreSQL the server's insert waits on the unique index, then fails
  // when it commits, and the server retries with the number after.
  const knex = app.strapi.db.connection as unknown as {
    transaction(): Promise<{ raw(sql: string, b: unknown[]): Promise<unknown>; commit(): Promise<void>; rollback(): Promise<void> }>;
  };
  const trx = await knex.transaction();
  let pending: ReturnType<typeof world.call<{ number: number }>>;
  try {
    const now = new Date();
    await trx.raw("INSERT INTO cers (beneficiary_id, number, state, created_at, updated_at) VALUES (?, ?, 'proposition', ?, ?)", [world.files.mine, next, now, now]);
    pending = world.call<{ number: number }>('referent', 'POST', '/cers', { beneficiary: world.files.mine, situation: 'Pendant une autre écriture' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await trx.commit();
  } catch (error) {
    await trx.rollback();
    throw error;
  }
  const created = await pending;
  expect(created.status).toBe(201);
  expect(created.body.number).toBe(next + 1);
  expect((await numbers()).filter((n) => n === next)).toHaveLength(1);
});
