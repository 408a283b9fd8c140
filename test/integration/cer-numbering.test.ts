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
  const [cer] = await world.sql<{ id: number; number: number }>('SELECT id, number FROM cers WHERE beneficiary_id = ? ORDER BY id LIMIT 1', [world.files.mine]);
  const now = new Date();
  await expect(
    app.strapi.db.connection.raw(
      "INSERT INTO cers (beneficiary_id, number, state, created_at, updated_at) VALUES (?, ?, 'proposition', ?, ?)",
      [world.files.mine, cer.number, now, now],
    ),
  ).rejects.toThrow(/unique|duplicate/i);
});
