// Boots Strapi on a throw-away database and serves it on a random local port, so tests make
// real HTTP calls. One app per test file (beforeAll / afterAll).
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import { createStrapi, type Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './test-database';

const ROOT = path.resolve(__dirname, '..', '..');

export type TestApp = {
  strapi: Core.Strapi;
  baseUrl: string;
  database: TestDatabase;
  stop(): Promise<void>;
};

export const TEST_SECRETS = {
  APP_KEYS: 'dGVzdGtleTE=,dGVzdGtleTI=',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key-32-characters!',
};

// serveAdminPanel: the Strapi admin panel at /admin, from the build `strapi build` leaves in
// cms/dist/build (browser tests of the functional admin's work; see test/browser/support/admin-build.ts).
// fromTemplate: false starts from an empty database (a test of what a first boot does).
export const startTestApp = async (
  extraEnv: Record<string, string> = {},
  options: { serveAdminPanel?: boolean; fromTemplate?: boolean } = {},
): Promise<TestApp> => {
  const database = await createTestDatabase({ fromTemplate: options.fromTemplate });
  Object.assign(process.env, TEST_SECRETS, database.env, {
    STRAPI_TELEMETRY_DISABLED: 'true',
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    LOG_STARTUP: 'false',
    CRON_ENABLED: 'false',
    TZ: 'Europe/Paris',
    // Each test app files its documents in a folder of its own (test files run in parallel).
    DOCUMENTS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'rsa-documents-')),
    ...extraEnv,
  });
  const appDir = path.join(ROOT, 'cms');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: options.serveAdminPanel ?? false }).load();
  const server = strapi.server.httpServer;
  strapi.server.mount();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    strapi,
    baseUrl: `http://127.0.0.1:${port}`,
    database,
    async stop() {
      await strapi.destroy();
      await database.drop();
    },
  };
};
