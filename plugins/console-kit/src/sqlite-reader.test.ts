// offThreadRead on a real SQLite file in WAL mode, as the server opens it: the worker's rows are
// the main connection's rows (dates in milliseconds, booleans 0 / 1, nulls), a commit is seen by
// the next read, parallel reads each get their own answer, and a statement the worker refuses
// runs on the main connection instead.
import fs from 'fs';
import os from 'os';
import path from 'path';
import knexFactory from 'knex';
import { offThreadRead, offThreadReadCounts, stopOffThreadReaders } from './sqlite-reader';
import type { Knex } from './sql';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsa-reader-'));
const db = knexFactory({
  client: 'better-sqlite3',
  connection: { filename: path.join(dir, 'reader.db') },
  useNullAsDefault: true,
  pool: { afterCreate: (conn: { pragma(sql: string): unknown }, done: (error: Error | null, conn: unknown) => void) => done((conn.pragma('journal_mode = WAL'), null), conn) },
});
const knex = db as unknown as Knex;

beforeAll(async () => {
  await db.schema.createTable('files', (t) => {
    t.increments('id');
    t.string('name');
    t.datetime('seen_at');
    t.boolean('active');
  });
  await db('files').insert([
    { name: 'Élodie ROCHE', seen_at: new Date('2026-11-02T08:30:00Z'), active: true },
    { name: 'Jean MARTIN', seen_at: null, active: false },
  ]);
});
afterAll(async () => {
  await stopOffThreadReaders();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
});

const SQL = 'SELECT id, name, seen_at, active FROM files WHERE seen_at IS NULL OR seen_at >= ? ORDER BY id';

test('the worker answers as the main connection does', async () => {
  const before = { ...offThreadReadCounts };
  const bindings = [new Date('2026-01-01T00:00:00Z')];
  expect(await offThreadRead(knex, SQL, bindings)).toEqual(await db.raw(SQL, bindings));
  expect(await offThreadRead(knex, 'SELECT COUNT(*) AS n FROM files WHERE active = ?', [true])).toEqual([{ n: 1 }]);
  expect(offThreadReadCounts).toEqual({ worker: before.worker + 2, inline: before.inline });
});

test('a commit is seen by the next read; parallel reads each get their own answer', async () => {
  await db('files').insert({ name: 'Anaïs CHAPUIS', seen_at: new Date(), active: true });
  expect(await offThreadRead(knex, 'SELECT COUNT(*) AS n FROM files')).toEqual([{ n: 3 }]);
  const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => offThreadRead(knex, 'SELECT ? AS i, COUNT(*) AS n FROM files WHERE id <= ?', [i, (i % 3) + 1])));
  expect(answers).toEqual(Array.from({ length: 50 }, (_, i) => [{ i, n: (i % 3) + 1 }]));
  expect(offThreadReadCounts.inline).toBe(0);
});

test('a statement the worker refuses (not a read) runs on the main connection', async () => {
  await offThreadRead(knex, "UPDATE files SET name = 'Jean MARTIN-DUPONT' WHERE id = 2");
  expect(offThreadReadCounts.inline).toBe(1);
  expect((await db.raw('SELECT name FROM files WHERE id = 2'))[0].name).toBe('Jean MARTIN-DUPONT');
  // The driver's own error (its class is not this test realm's Error: matched by its message).
  await expect(offThreadRead(knex, 'SELECT nope FROM files')).rejects.toMatchObject({ message: expect.stringMatching(/no such column/) });
});

test("a transaction's read stays on its connection and sees what it wrote", async () => {
  const before = offThreadReadCounts.worker;
  await db.transaction(async (trx) => {
    await trx('files').insert({ name: 'Inès GERARD', seen_at: null, active: true });
    expect(await offThreadRead(trx as unknown as Knex, "SELECT COUNT(*) AS n FROM files WHERE name = 'Inès GERARD'")).toEqual([{ n: 1 }]);
  });
  expect(offThreadReadCounts.worker).toBe(before);
});

test('a worker stopped during a read: the read runs on the main connection, the next one gets a new worker', async () => {
  const before = { ...offThreadReadCounts };
  const SLOW = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) SELECT COUNT(*) AS n FROM c';
  const reading = offThreadRead(knex, SLOW);
  await new Promise((resolve) => setTimeout(resolve, 20));
  await stopOffThreadReaders();
  expect(await reading).toEqual([{ n: 1000000 }]);
  expect(offThreadReadCounts.inline).toBe(before.inline + 1);
  expect(await offThreadRead(knex, 'SELECT COUNT(*) AS n FROM files')).toEqual([{ n: 4 }]);
  expect(offThreadReadCounts.worker).toBe(before.worker + 1);
});
