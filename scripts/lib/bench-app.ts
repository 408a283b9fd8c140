// What the module benchmarks (bench:agenda, bench:convocations) start with: Strapi on a
// throw-away SQLite file (or on DATABASE_URL when DATABASE_CLIENT=postgres — it writes rows
// there), no cron, quiet logs, and one référent of DTAS-NORD to act as.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { loadStrapi } from './strapi-app';

export type BenchKnex = ((table: string) => { insert(rows: object[]): Promise<unknown> }) & { raw(sql: string, bindings?: unknown[]): Promise<unknown> };

export const loadBenchStrapi = async (name: string): Promise<Core.Strapi> => {
  if ((process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `rsa-bench-${name}-`));
    process.env.DATABASE_FILENAME = path.join(dir, 'bench.db');
  }
  process.env.LOG_LEVEL = 'error';
  process.env.CRON_ENABLED = 'false';
  return loadStrapi();
};

export const benchReferent = async (strapi: Core.Strapi, login: string, password: string) => {
  const name = 'Camille BENCH';
  await strapi.plugin('accounts').service('users').upsert({ login, name, profiles: ['referent'], structure: 'DTAS-NORD', territory: 'NORD', password });
  return { id: 1, login, name, profiles: ['referent' as const], structureCode: 'DTAS-NORD', territoryCode: 'NORD' };
};
