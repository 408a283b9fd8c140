// The nightly job's work (G1): waiting files imported in date order, moved to processed/ or
// rejected/; the import history readable by secretariats, cadres and siège only.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startTestApp, type TestApp } from '../support/test-app';
import { SAMPLE_FEEDS } from '../support/fixtures';
import { http, login } from '../support/http';

let app: TestApp;
const PASSWORD = 'Historique-Imports-2026';

beforeAll(async () => {
  app = await startTestApp();
  const users = app.strapi.plugin('accounts').service('users');
  await users.upsert({ login: 'secretariat.nord', password: PASSWORD, profiles: ['secretariat'], structure: 'DTAS-NORD', territory: 'NORD' });
  await users.upsert({ login: 'referent.nord', password: PASSWORD, profiles: ['referent'], structure: 'DTAS-NORD', territory: 'NORD' });
});
afterAll(async () => app?.stop());

test('the inbox imports waiting files in date order and files them away', async () => {
  const inbox = fs.mkdtempSync(path.join(os.tmpdir(), 'rsa-inbox-'));
  // Copied in reverse order, with a broken one dated in between.
  fs.copyFileSync(SAMPLE_FEEDS[2], path.join(inbox, 'genesis_20261104.csv'));
  fs.copyFileSync(SAMPLE_FEEDS[0], path.join(inbox, 'genesis_20261102.csv'));
  fs.writeFileSync(path.join(inbox, 'genesis_20261103.csv'), 'pas un fichier Genesis\n');
  fs.writeFileSync(path.join(inbox, 'notes.txt'), 'ignored');

  const results = await app.strapi.plugin('genesis').service('feed-inbox').runInbox(inbox);
  expect(results.map((r: { file: string; status: string }) => [path.basename(r.file), r.status])).toEqual([
    ['genesis_20261102.csv', 'done'],
    ['genesis_20261103.csv', 'refused'],
    ['genesis_20261104.csv', 'done'],
  ]);
  expect(fs.readdirSync(path.join(inbox, 'processed')).sort()).toEqual(['genesis_20261102.csv', 'genesis_20261104.csv']);
  expect(fs.readdirSync(path.join(inbox, 'rejected'))).toEqual(['genesis_20261103.csv']);
  expect(fs.existsSync(path.join(inbox, 'notes.txt'))).toBe(true);
});

test('the import history lists runs for a secretariat, with rejected rows on one run; a référent is refused', async () => {
  const token = await login(app.baseUrl, 'secretariat.nord', PASSWORD);
  const list = await http<Array<{ id: number; status: string; fileName: string }>>(app.baseUrl, 'GET', '/api/console/genesis-imports?sort=["id","DESC"]&range=[0,9]', { token });
  expect(list.status).toBe(200);
  expect(list.headers.get('content-range')).toMatch(/^genesis-imports 0-2\/3$/);
  expect(list.body.map((r) => r.status)).toEqual(['done', 'refused', 'done']);
  const refused = list.body.find((r) => r.status === 'refused');
  const one = await http<{ errors: Array<{ message: string }> }>(app.baseUrl, 'GET', `/api/console/genesis-imports/${refused?.id}`, { token });
  expect(one.status).toBe(200);
  expect(one.body.errors.length).toBeGreaterThan(0);

  const referent = await login(app.baseUrl, 'referent.nord', PASSWORD);
  const denied = await http<{ message: string }>(app.baseUrl, 'GET', '/api/console/genesis-imports', { token: referent });
  expect(denied.status).toBe(403);
  expect(denied.body.message).toMatch(/réservé/);
});
