// Where the staged rows go, the cheapest way each database offers, inside the import's
// transaction (so a kill half-way still leaves nothing behind):
// - PostgreSQL: one COPY … FROM STDIN stream (pg-copy-streams) into the UNLOGGED staging table —
//   no statement per row, no parameters, no WAL for the staging data;
// - SQLite: one prepared INSERT run per row (better-sqlite3 is synchronous and in-process: a
//   prepared statement costs microseconds, the transaction is already open).
import { once } from 'events';
import { from as copyFrom } from 'pg-copy-streams';
import { insertChunked, isPostgres, type Knex } from './sql';

export type StagingSink = {
  /**
   * Queues one row (values in `columns` order). Returns a promise only when the caller must wait
   * for the database to take more (a promise per row of 100,000 costs more than the row).
   */
  write(values: readonly unknown[]): Promise<void> | undefined;
  close(): Promise<void>;
  /** Ends the stream on a failure (a refused file mid-way), leaving the connection usable for the rollback. */
  abort(): Promise<void>;
};

type Writable = NodeJS.WritableStream & { destroy(error?: Error): void };
type PgConnection = { query(stream: unknown): Writable };
type SqliteConnection = { prepare(sql: string): { run(...values: unknown[]): unknown } };

/** The transaction's own connection (knex's transaction client hands it back, never releases it). */
const connectionOf = async <T>(trx: Knex): Promise<T> =>
  (await (trx as unknown as { client: { acquireConnection(): Promise<T> } }).client.acquireConnection()) as T;

/** COPY text format: `\N` is NULL; backslash, tab and line ends are escaped. */
export const copyField = (value: unknown): string => {
  if (value === null || value === undefined) return '\\N';
  const text = value instanceof Date ? value.toISOString() : String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c] as string) : text;
};

const COPY_BATCH = 500;

const postgresSink = async (trx: Knex, table: string, columns: readonly string[]): Promise<StagingSink> => {
  const connection = await connectionOf<PgConnection>(trx);
  const stream = connection.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  let failure: Error | null = null;
  stream.on('error', (error: Error) => (failure = error));
  let buffer: string[] = [];
  const flush = async () => {
    if (failure) throw failure;
    if (buffer.length === 0) return;
    const chunk = buffer.join('');
    buffer = [];
    if (!stream.write(chunk)) await Promise.race([once(stream, 'drain'), once(stream, 'error')]);
    if (failure) throw failure;
  };
  return {
    write(values) {
      buffer.push(`${values.map(copyField).join('\t')}\n`);
      return buffer.length >= COPY_BATCH ? flush() : undefined;
    },
    async close() {
      await flush();
      const done = once(stream, 'finish');
      stream.end();
      await Promise.race([done, once(stream, 'error').then(([error]) => Promise.reject(error))]);
      if (failure) throw failure;
    },
    async abort() {
      // pg-copy-streams answers destroy() with CopyFail: the server ends the COPY and the
      // connection waits for the rollback instead of more COPY data.
      const closed = once(stream, 'close').catch(() => undefined);
      stream.destroy(new Error('import interrompu'));
      await closed;
    },
  };
};

// better-sqlite3 binds numbers, strings, null and buffers; dates go in as knex stores them.
const sqliteValue = (value: unknown): unknown => (value instanceof Date ? value.getTime() : typeof value === 'boolean' ? Number(value) : value ?? null);

const sqliteSink = async (trx: Knex, table: string, columns: readonly string[]): Promise<StagingSink> => {
  const connection = await connectionOf<SqliteConnection>(trx);
  const insert = connection.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
  return {
    write(values) {
      insert.run(...values.map(sqliteValue));
      return undefined;
    },
    async close() {},
    async abort() {},
  };
};

/** Any other database: JSON batches through knex (the former path). */
const batchSink = (trx: Knex, table: string, columns: readonly string[]): StagingSink => {
  let rows: Record<string, unknown>[] = [];
  const flush = async () => {
    await insertChunked(trx, table, rows);
    rows = [];
  };
  return {
    write(values) {
      rows.push(Object.fromEntries(columns.map((c, i) => [c, values[i]])));
      return rows.length >= 1000 ? flush() : undefined;
    },
    close: flush,
    async abort() {},
  };
};

export const openStagingSink = async (trx: Knex, table: string, columns: readonly string[]): Promise<StagingSink> => {
  if (isPostgres(trx)) return postgresSink(trx, table, columns);
  const client = (trx as unknown as { client?: { config?: { client?: unknown } } }).client?.config?.client;
  if (client === 'better-sqlite3' || client === 'sqlite') return sqliteSink(trx, table, columns);
  return batchSink(trx, table, columns);
};
