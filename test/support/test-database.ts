// Throw-away databases for integration tests: a temp SQLite file by default, or a fresh
// PostgreSQL database per test file when DATABASE_CLIENT=postgres (TEST_PG_URL names the server).
import fs from 'fs';
import os from 'os';
import path from 'path';
import { randomBytes } from 'crypto';
import { Client } from 'pg';

export type TestDatabase = { client: 'sqlite' | 'postgres'; env: Record<string, string>; drop(): Promise<void> };

const PG_SERVER_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const withPg = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: PG_SERVER_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

export const createTestDatabase = async (): Promise<TestDatabase> => {
  const suffix = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const name = `rsa_test_${suffix}`;
    await withPg((c) => c.query(`CREATE DATABASE ${name}`));
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
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
};
