// Throw-away databases for integration tests: a temp SQLite file by default, or a fresh
// PostgreSQL database per test file when DATABASE_CLIENT=postgres (TEST_PG_URL names the server).
// Each starts as a copy of the run's template database when the global setup made one
// (see template-database.ts), else empty.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import { PG_SERVER_URL, copySqliteTemplate, templatePgDatabase, templateSqliteFile, withPg } from './template-database';

export type TestDatabase = { client: 'sqlite' | 'postgres'; env: Record<string, string>; drop(): Promise<void> };

export const createTestDatabase = async (options: { fromTemplate?: boolean } = {}): Promise<TestDatabase> => {
  const fromTemplate = options.fromTemplate ?? true;
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const name = `rsa_test_${suffix}`;
    const template = fromTemplate ? templatePgDatabase() : undefined;
    await withPg(async (c) => {
      await c.query(template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`);
      // A throw-away database need not wait for the disk at each commit.
      await c.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
    });
    const url = new URL(PG_SERVER_URL);
    url.pathname = `/${name}`;
    return {
      client: 'postgres',
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
      drop: () => withPg((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsa-test-'));
  const filename = path.join(dir, 'data.db');
  const template = fromTemplate ? templateSqliteFile() : undefined;
  if (template) copySqliteTemplate(template, filename);
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
};
