// SQLite runs every statement on Node's only thread: while a one-word name search reads its 3,000
// matches (1–1.5 ms), no other request moves. `offThreadRead` runs such a read in a worker thread
// on its own read-only connection to the same file. In WAL mode a reader sees the last commit and
// neither blocks the writer nor waits for it, so the answer is the one the main connection would
// give outside a transaction — which is why only reads made outside any transaction come here.
// PostgreSQL reads go to the pool as usual (preparedRaw).
import path from 'path';
import { Worker } from 'worker_threads';
import { isPostgres, preparedRaw, rowsOf, type Knex } from './sql';

type Pending = { resolve(rows: unknown[]): void; reject(error: Error): void };
type Reader = { worker: Worker; pending: Map<number, Pending>; idle?: NodeJS.Timeout };
type SqliteClient = { client?: { config?: { connection?: { filename?: string } }; _formatBindings?(bindings: unknown[]): unknown[] } };

// A worker that has had nothing to do for this long is stopped (a test run opens many files).
const IDLE_MS = 10_000;
const readers = new Map<string, Reader>();
let nextId = 0;

/** How many reads the workers answered and how many ran on the main connection instead. */
export const offThreadReadCounts = { worker: 0, inline: 0 };

const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.filename, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 30000');
const statements = new Map();
parentPort.on('message', ({ id, sql, bindings }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (!statement.reader) throw new Error('offThreadRead: not a read');
      if (statements.size >= 200) statements.delete(statements.keys().next().value);
      statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(bindings) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

const driverPath = (): string => require.resolve('better-sqlite3', { paths: [path.dirname(require.resolve('knex'))] });

const readerFor = (filename: string): Reader => {
  const reader = readers.get(filename);
  if (reader) return reader;
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { filename, driver: driverPath() } });
  worker.unref();
  const created: Reader = { worker, pending: new Map() };
  const fail = (error: Error) => {
    // Only this worker's entry: a newer one for the same file may have taken its place.
    if (readers.get(filename) === created) readers.delete(filename);
    for (const p of created.pending.values()) p.reject(error);
    created.pending.clear();
  };
  worker.on('message', (message: { id: number; rows?: unknown[]; error?: string }) => {
    const p = created.pending.get(message.id);
    if (!p) return;
    created.pending.delete(message.id);
    if (message.error !== undefined) p.reject(new Error(message.error));
    else p.resolve(message.rows ?? []);
    if (created.pending.size === 0) idleLater(filename, created);
  });
  worker.on('error', fail);
  worker.on('exit', () => fail(new Error('offThreadRead: worker stopped')));
  readers.set(filename, created);
  return created;
};

const idleLater = (filename: string, reader: Reader): void => {
  if (reader.idle) clearTimeout(reader.idle);
  reader.idle = setTimeout(() => {
    if (reader.pending.size > 0 || readers.get(filename) !== reader) return;
    readers.delete(filename);
    void reader.worker.terminate();
  }, IDLE_MS);
  reader.idle.unref();
};

/**
 * A read (SELECT or WITH … SELECT) outside any transaction: on SQLite in a worker thread; on
 * PostgreSQL `preparedRaw`, or a plain raw with `prepared: false` (a statement whose best plan
 * depends on its values). The rows come back as the main connection gives them (knex's binding
 * formats: dates as milliseconds, booleans as 0 / 1). Should the worker fail, the read runs here.
 */
export const offThreadRead = async (knex: Knex, sql: string, bindings: readonly unknown[] = [], options: { prepared?: boolean } = {}): Promise<unknown[]> => {
  const client = (knex as unknown as SqliteClient).client;
  const filename = client?.config?.connection?.filename;
  const inline = async () => {
    offThreadReadCounts.inline += 1;
    return rowsOf(options.prepared === false ? await knex.raw(sql, bindings) : await preparedRaw(knex, sql, bindings));
  };
  // A transaction's own reads stay on its connection (they must see what it wrote).
  const inTransaction = (knex as unknown as { isTransaction?: boolean }).isTransaction === true;
  if (isPostgres(knex) || inTransaction || !filename || filename === ':memory:' || typeof client?._formatBindings !== 'function') return inline();
  const native = (knex.raw(sql, bindings as unknown[]) as unknown as { toSQL(): { toNative(): { sql: string; bindings: unknown[] } } }).toSQL().toNative();
  const reader = readerFor(filename);
  if (reader.idle) clearTimeout(reader.idle);
  const id = nextId++;
  try {
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      reader.pending.set(id, { resolve, reject });
      reader.worker.postMessage({ id, sql: native.sql, bindings: client._formatBindings!(native.bindings) });
    });
    offThreadReadCounts.worker += 1;
    return rows;
  } catch {
    return inline();
  }
};

/** Stops every worker (a process that ends, a test that closes its database). */
export const stopOffThreadReaders = async (): Promise<void> => {
  const all = [...readers.values()];
  readers.clear();
  await Promise.all(all.map((r) => (r.idle && clearTimeout(r.idle), r.worker.terminate())));
};
