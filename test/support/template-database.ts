// A database Strapi has already booted on once per jest run, copied for each test file.
// Why: a boot on an empty database creates ~150 tables and seeds the CMS lists; measured on the
// 2-core machine it costs 11 s of CPU (SQLite) to 15 s (PostgreSQL) against 2–3 s on a database
// whose schema is in place. Each test file still boots Strapi itself (bootstrap and seeds re-run,
// idempotently) on its own copy, so what a test sees is what a fresh boot leaves.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';

const SQLITE_VAR = 'RSA_TEST_TEMPLATE_SQLITE';
const PG_VAR = 'RSA_TEST_TEMPLATE_PG';

export const PG_SERVER_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const withPg = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: PG_SERVER_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

export const templateSqliteFile = (): string | undefined => process.env[SQLITE_VAR];
export const templatePgDatabase = (): string | undefined => process.env[PG_VAR];

// SQLite: the template's file (and its WAL, if a checkpoint left one) copied beside the new one.
export const copySqliteTemplate = (template: string, target: string): void => {
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(template + suffix)) fs.copyFileSync(template + suffix, target + suffix);
  }
};

// Called from the jest global setups (parent process, before the workers start: the workers
// inherit the variable that names the template). Boots Strapi once with the tests' own settings.
export const prepareTemplateDatabase = async (): Promise<void> => {
  if (process.env.RSA_TEST_NO_TEMPLATE === '1') return;
  const postgres = process.env.DATABASE_CLIENT === 'postgres';
  if (postgres ? process.env[PG_VAR] : process.env[SQLITE_VAR]) return;
  // Imported here so that the template name is unset while the empty database is created.
  const { startTestApp } = await import('./test-app');
  const saved = { ...process.env };
  const app = await startTestApp({}, { fromTemplate: false });
  await app.strapi.destroy();
  const env = app.database.env;
  // startTestApp writes the test settings into process.env: give the workers the runner's own.
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  if (postgres) {
    process.env[PG_VAR] = new URL(env.DATABASE_URL).pathname.slice(1);
  } else {
    process.env[SQLITE_VAR] = env.DATABASE_FILENAME;
  }
};

export const dropTemplateDatabase = async (): Promise<void> => {
  const pg = process.env[PG_VAR];
  if (pg) await withPg((c) => c.query(`DROP DATABASE IF EXISTS ${pg} WITH (FORCE)`));
  const sqlite = process.env[SQLITE_VAR];
  if (sqlite && sqlite.startsWith(os.tmpdir())) fs.rmSync(path.dirname(sqlite), { recursive: true, force: true });
  delete process.env[PG_VAR];
  delete process.env[SQLITE_VAR];
};
