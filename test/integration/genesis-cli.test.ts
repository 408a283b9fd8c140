// The import as the département's scripts run it (CONTRACT.md): exit codes, JSON last line,
// a lock that holds across processes, and atomicity when the process is killed half-way.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { acquireJobLock } from '@rsa/console-kit';
import { startTestApp, type TestApp } from '../support/test-app';
import { SAMPLE_FEEDS, readSample, writeFeed } from '../support/fixtures';
import { lastJsonLine, runCli, spawnCli } from '../support/run-cli';
import { generateFeeds } from '../../scripts/genesis-generator/generate-feeds';

let app: TestApp;
const count = async (table: string): Promise<number> => {
  const r = (await app.strapi.db.connection(table).count('* as n')) as Array<{ n: number | string }>;
  return Number(r[0].n);
};

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.stop());

test('genesis:import prints the JSON summary last and exits 0; a missing column exits 2', async () => {
  const ok = await runCli('genesis-import.ts', [SAMPLE_FEEDS[0]], app.database.env);
  // What the command said, should it fail (its stderr is otherwise lost with the child).
  if (ok.code !== 0) process.stderr.write(`genesis:import exited ${ok.code}:\n${ok.stderr}\n`);
  expect(ok.code).toBe(0);
  const summary = lastJsonLine<Record<string, unknown>>(ok.stdout);
  expect(Object.keys(summary)).toEqual(expect.arrayContaining(['file', 'extractionDate', 'rows', 'created', 'updated', 'unchanged', 'reoriented', 'reinstated', 'rejected', 'warnings', 'errors']));
  expect(summary).toMatchObject({ file: 'genesis_20261102.csv', extractionDate: '2026-11-02', rows: 48 });
  expect(ok.stderr).toMatch(/Import Genesis/);

  const broken = writeFeed('genesis_20261103.csv', 'ID_INDIVIDU;NOM\r\n1;X\r\n');
  const refused = await runCli('genesis-import.ts', [broken], app.database.env);
  expect(refused.code).toBe(2);
  expect(lastJsonLine<{ errors: Array<{ message: string }> }>(refused.stdout).errors[0].message).toMatch(/en-tête|Colonne/);
});

test('a second import is refused while another process holds the lock', async () => {
  const lock = await acquireJobLock(app.strapi.db.connection, 'genesis-import');
  expect(lock).not.toBeNull();
  try {
    const second = await runCli('genesis-import.ts', [SAMPLE_FEEDS[1]], app.database.env);
    expect(second.code).toBe(2);
    expect(lastJsonLine<{ errors: Array<{ message: string }> }>(second.stdout).errors[0].message).toMatch(/déjà en cours/);
  } finally {
    await lock?.release();
  }
});

test('an empty extraction and a future extraction date are refused whole (exit 2); the real feed still imports', async () => {
  // "Today" pinned through APP_TODAY, as every date rule of the product reads it. The real feed
  // imported last is older than the kill test's, which runs after this one.
  const env = { ...app.database.env, APP_TODAY: '2026-12-15' };
  const before = await count('beneficiaries');
  const refusal = async (args: string[]) => {
    const result = await runCli('genesis-import.ts', args, env);
    expect(result.code).toBe(2);
    return lastJsonLine<{ errors: Array<{ message: string }>; rows: number }>(result.stdout).errors[0].message;
  };
  const header = readSample(2).split(/\r?\n/)[0];
  expect(await refusal([writeFeed('genesis_20261210.csv', `${header}\r\n`)])).toMatch(/^Extraction vide .*incident/);
  expect(await refusal([writeFeed('genesis_20261212.csv', readSample(2)), '--date', '2099-12-31'])).toMatch(/^Date d'extraction dans le futur : 31\/12\/2099/);
  expect(await count('beneficiaries')).toBe(before);
  const future = (await app.strapi.db.connection('feed_imports').where('extraction_date', '>', '2026-12-15').whereNot({ status: 'refused' }).count('* as n')) as Array<{ n: number | string }>;
  expect(Number(future[0].n)).toBe(0);

  const real = await runCli('genesis-import.ts', [writeFeed('genesis_20261115.csv', readSample(2))], env);
  expect(real.code).toBe(0);
  expect(lastJsonLine<{ extractionDate: string }>(real.stdout).extractionDate).toBe('2026-11-15');
}, 900_000);

test('killed half-way, an import leaves the data as before; re-run, it completes', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsa-kill-'));
  const [file] = await generateFeeds({ households: 15000, days: 1, seed: 9, outDir: dir, start: '2026-11-20' });
  const before = await count('beneficiaries');
  const child = spawnCli('genesis-import.ts', [file], app.database.env);
  await new Promise<void>((resolve, reject) => {
    let seen = '';
    child.stderr?.on('data', (d) => {
      seen += d;
      const match = /Import Genesis .* (\d+)\/(\d+) lignes/.exec(seen.split('\n').filter(Boolean).pop() ?? '');
      if (match && Number(match[1]) >= 4000) {
        child.kill('SIGKILL');
        resolve();
      }
    });
    child.on('close', () => reject(new Error(`import ended before it could be killed:\n${seen}`)));
  });
  await new Promise((r) => child.on('close', r));
  expect(await count('beneficiaries')).toBe(before);
  expect(await count('feed_staging_rows')).toBe(0);

  const rerun = await runCli('genesis-import.ts', [file], app.database.env);
  expect(rerun.code).toBe(0);
  const summary = lastJsonLine<{ created: number; rows: number }>(rerun.stdout);
  expect(summary.created).toBeGreaterThan(15000);
  expect(await count('beneficiaries')).toBe(before + summary.created);
  const killed = (await app.strapi.db.connection('feed_imports').where({ status: 'failed' }).count('* as n')) as Array<{ n: number }>;
  expect(Number(killed[0].n)).toBeGreaterThanOrEqual(1);
  fs.rmSync(dir, { recursive: true, force: true });
});
