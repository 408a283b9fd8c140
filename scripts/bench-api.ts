// npm run bench:api -- [--households 80000] [--connections 20] [--duration 10] [--warmup 2] [--fresh] [--seed 7] [--only TEXT] [--trace]
// Loads N households of the generated Genesis feed into a benchmark database (once: a database that
// already holds files is reused unless --fresh), boots the application in a child process and runs
// an HTTP load generator (autocannon, `connections` concurrent clients) against the console's
// screens, each after --warmup seconds of the same load (not counted); prints p50 / p95 / p99 / max
// per screen. The database is DATABASE_CLIENT's: PostgreSQL at
// DATABASE_URL (default: database rsa_bench_api on 127.0.0.1:5432, user postgres), or a SQLite file
// (DATABASE_FILENAME, default <tmp>/rsa-bench-api.db).
import { spawn } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { AddressInfo } from 'net';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { createStrapi, type Core } from '@strapi/strapi';
import { flagString, parseArgs } from './lib/args';
import { loadStrapi } from './lib/strapi-app';
import { prepareEnvironment } from './lib/environment';
import { CMS_DIR, CMS_DIST_DIR } from './lib/paths';
import { generateFeeds } from './genesis-generator/generate-feeds';
import { parisLocalToInstant, toParisLocal } from '@rsa/vocabulary';

const PASSWORD = 'Accompagnement-RSA-2026';
type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => (Array.isArray(result) ? (result as Row[]) : ((result as { rows: Row[] }).rows ?? []));

const configureDatabase = async (fresh: boolean): Promise<void> => {
  process.env.LOG_TO_STDERR = '1';
  process.env.LOG_LEVEL ??= 'warn';
  process.env.CRON_ENABLED = 'false';
  process.env.DEMO = '0';
  if ((process.env.DATABASE_CLIENT ?? 'sqlite') === 'postgres') {
    process.env.DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/rsa_bench_api';
    const url = new URL(process.env.DATABASE_URL);
    const name = url.pathname.slice(1);
    url.pathname = '/postgres';
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
  } else {
    process.env.DATABASE_FILENAME ??= path.join(os.tmpdir(), 'rsa-bench-api.db');
    if (fresh) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${process.env.DATABASE_FILENAME}${suffix}`, { force: true });
  }
};

type Plan = { referent: string; territory: string; fileId: number; name: string; firstName: string; total: number; week: { from: string; to: string } };

/**
 * The référent's agenda (the « Agenda » screen's week): 2,000 appointments over 50 weeks on the
 * files of their caseload, written once (the feed has none); the measured week is the first one.
 */
const seedAgenda = async (knex: Core.Strapi['db']['connection'], login: string): Promise<{ from: string; to: string }> => {
  const monday = new Date(parisLocalToInstant(`${nextMonday()}T09:00`) as Date);
  const from = toParisLocal(monday).slice(0, 10);
  const to = toParisLocal(new Date(monday.getTime() + 6 * 86_400_000)).slice(0, 10);
  const [{ n }] = rowsOf(await knex.raw('SELECT COUNT(*) AS n FROM appointments WHERE collaborator_login = ?', [login]));
  if (Number(n) > 0) return { from, to };
  const files = rowsOf(await knex.raw(`SELECT beneficiary_id AS id FROM assignments WHERE login = ? AND role = 'parcours' AND end_date IS NULL ORDER BY beneficiary_id`, [login])).map((r) => Number(r.id));
  const now = new Date();
  const rows = Array.from({ length: 2000 }, (_, i) => {
    const start = new Date(monday.getTime() + Math.floor(i / 8) * 86_400_000 + (i % 8) * 3_600_000);
    return {
      document_id: `bench-api-a-${i}`, beneficiary_id: files[i % files.length], collaborator_login: login, type_code: 'entretien-individuel-referent', theme_code: 'suivi-de-parcours',
      place_code: 'dtas-nord-annonay', start_local: toParisLocal(start), starts_at: start, ends_at: new Date(start.getTime() + 45 * 60_000), duration: 45, status: 'prevu',
      sms_reminder: false, sequence: 0, created_at: now, updated_at: now, published_at: now,
    };
  });
  for (let i = 0; i < rows.length; i += 200) await knex('appointments').insert(rows.slice(i, i + 200));
  return { from, to };
};

/** The Monday after today (Europe/Paris), YYYY-MM-DD. */
const nextMonday = (): string => {
  const today = new Date(`${toParisLocal(new Date()).slice(0, 10)}T12:00:00Z`);
  const days = ((8 - today.getUTCDay()) % 7) || 7;
  return new Date(today.getTime() + days * 86_400_000).toISOString().slice(0, 10);
};

/** Imports the feed when the database has no file yet; creates the benchmark's accounts. */
const prepare = async (households: number, seed: number): Promise<Plan> => {
  const strapi = await loadStrapi({ writeSecrets: false });
  const knex = strapi.db.connection;
  const [{ n }] = rowsOf(await knex.raw('SELECT COUNT(*) AS n FROM beneficiaries'));
  if (Number(n) === 0) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsa-bench-api-'));
    let t = Date.now();
    const [day1] = await generateFeeds({ households, days: 1, seed, outDir: dir, start: '2026-11-02' });
    console.log(`Génération de ${households} foyers : ${((Date.now() - t) / 1000).toFixed(1)} s`);
    t = Date.now();
    const summary = await strapi.plugin('genesis').service('feed-import').run({ file: day1, trigger: 'bench', force: true });
    console.log(`Import : ${summary.rows} lignes en ${((Date.now() - t) / 1000).toFixed(1)} s`);
    fs.rmSync(dir, { recursive: true, force: true });
    // What autovacuum does soon after such a load (visibility map for index-only scans, statistics).
    t = Date.now();
    await knex.raw(process.env.DATABASE_CLIENT === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE');
    console.log(`VACUUM / ANALYZE : ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  // The référent with the largest caseload, their structure, and the territory holding most files.
  const [ref] = rowsOf(
    await knex.raw(`SELECT login, MAX(structure_code) AS structure, COUNT(*) AS n FROM assignments WHERE role = 'parcours' AND end_date IS NULL
                     GROUP BY login ORDER BY COUNT(*) DESC, login LIMIT 1`),
  );
  const [terr] = rowsOf(await knex.raw('SELECT territory_code AS code, COUNT(*) AS n FROM beneficiaries GROUP BY territory_code ORDER BY COUNT(*) DESC LIMIT 1'));
  const [file] = rowsOf(
    await knex.raw(`SELECT b.id, b.last_name, b.first_name FROM beneficiaries b JOIN assignments a ON a.beneficiary_id = b.id AND a.login = ? AND a.role = 'parcours' AND a.end_date IS NULL
                     ORDER BY b.id LIMIT 1`, [ref.login]),
  );
  const [{ total }] = rowsOf(await knex.raw('SELECT COUNT(*) AS total FROM beneficiaries'));
  const week = await seedAgenda(knex, String(ref.login));
  const users = strapi.plugin('accounts').service('users');
  const accounts = [
    { login: 'bench.siege', name: 'Banc SIEGE', profiles: ['siege'], structure: 'SIEGE', territory: 'CENTRE' },
    { login: 'bench.secretariat', name: 'Banc SECRETARIAT', profiles: ['secretariat'], structure: `DTAS-${terr.code}`, territory: String(terr.code) },
    { login: String(ref.login), name: 'Banc REFERENT', profiles: ['referent'], structure: String(ref.structure), territory: String(terr.code) },
  ];
  for (const account of accounts) {
    try {
      await users.upsert({ ...account, password: PASSWORD });
    } catch (error) {
      // A structure unknown to the CMS (DTAS-<territory>): fall back to the siège's.
      await users.upsert({ ...account, structure: 'SIEGE', password: PASSWORD });
      console.log(`(${account.login} : ${(error as Error).message} — structure SIEGE)`);
    }
  }
  console.log(
    `Base : ${total} dossiers ; territoire ${terr.code} (${terr.n} dossiers) ; référent ${ref.login} (${ref.n} dossiers en cours) ; ` +
      `dossier ${file.id}`,
  );
  await strapi.destroy();
  return { referent: String(ref.login), territory: String(terr.code), fileId: Number(file.id), name: String(file.last_name), firstName: String(file.first_name), total: Number(total), week };
};

/**
 * --trace: every SQL statement the server runs, with its time, on stderr (the profile of one
 * request per screen: which statement dominates, how many there are — an N+1 shows here).
 */
const traceSql = (strapi: Core.Strapi): void => {
  type Event = { __knexQueryUid: string; sql: string };
  const knex = strapi.db.connection as unknown as { on(event: string, fn: (...args: never[]) => void): void };
  const started = new Map<string, number>();
  knex.on('query', (data: Event) => started.set(data.__knexQueryUid, performance.now()));
  knex.on('query-response', (_response: unknown, data: Event) => {
    const t0 = started.get(data.__knexQueryUid);
    started.delete(data.__knexQueryUid);
    if (t0 !== undefined) process.stderr.write(`SQL ${(performance.now() - t0).toFixed(1).padStart(7)} ms  ${data.sql.replace(/\s+/g, ' ').slice(0, 400)}\n`);
  });
};

/** Child process: serves the application on a free local port and prints it. */
const serve = async (): Promise<void> => {
  prepareEnvironment({ writeSecrets: false });
  const strapi: Core.Strapi = await createStrapi({ appDir: CMS_DIR, distDir: CMS_DIST_DIR, autoReload: false, serveAdminPanel: false }).load();
  if (process.env.BENCH_TRACE === '1') traceSql(strapi);
  strapi.server.mount();
  const server = strapi.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
  // The benchmark's server ends with the benchmark (its connections close with the process).
  process.once('SIGTERM', () => process.exit(0));
};

const startServer = (): Promise<{ baseUrl: string; stop(): void }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, '--serve'], { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\d+)/.exec(out);
      if (match) resolve({ baseUrl: `http://127.0.0.1:${match[1]}`, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`le serveur s'est arrêté (${code})`)));
  });

const loginAs = async (baseUrl: string, login: string): Promise<string> => {
  const response = await fetch(`${baseUrl}/api/console/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login, password: PASSWORD }) });
  if (response.status !== 200) throw new Error(`connexion de ${login} : ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
};

type Screen = { label: string; token: string; method?: 'GET' | 'POST'; path: string; body?: unknown };

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

const measure = async (baseUrl: string, screen: Screen, connections: number, duration: number, warmup: number): Promise<string> => {
  // One request first (warms the caches and checks the screen answers).
  const probe = await fetch(`${baseUrl}${screen.path}`, {
    method: screen.method ?? 'GET',
    headers: { Authorization: `Bearer ${screen.token}`, 'Content-Type': 'application/json' },
    body: screen.body ? JSON.stringify(screen.body) : undefined,
  });
  if (probe.status >= 400) throw new Error(`${screen.label} : ${probe.status} ${await probe.text()}`);
  await probe.arrayBuffer().catch(() => undefined);
  // Then one request alone: the screen's own cost, without the queue of the concurrent clients.
  const single = Date.now();
  const alone = await fetch(`${baseUrl}${screen.path}`, {
    method: screen.method ?? 'GET',
    headers: { Authorization: `Bearer ${screen.token}`, 'Content-Type': 'application/json' },
    body: screen.body ? JSON.stringify(screen.body) : undefined,
  });
  await alone.arrayBuffer();
  const aloneMs = Date.now() - single;
  if (duration <= 0) return `${screen.label.padEnd(38)} seul ${aloneMs} ms`;
  // A running server has compiled its hot paths and filled its pool long before: the first
  // seconds after start-up (JIT, new connections, each statement planned afresh per connection)
  // are load, not measured.
  if (warmup > 0) await run(baseUrl, screen, connections, warmup, () => undefined);
  const times: number[] = [];
  let errors = 0;
  await run(baseUrl, screen, connections, duration, (status, ms) => {
    if (status >= 400) errors += 1;
    times.push(ms);
  });
  times.sort((a, b) => a - b);
  const f = (ms: number) => `${Math.round(ms)} ms`.padStart(8);
  return `${screen.label.padEnd(38)} ${String(times.length).padStart(6)} req  p50 ${f(percentile(times, 50))}  p95 ${f(percentile(times, 95))}  p99 ${f(percentile(times, 99))}  max ${f(times[times.length - 1] ?? NaN)}  seul ${f(aloneMs)}${errors ? `  (${errors} erreurs)` : ''}`;
};

/** `connections` clients requesting the screen for `duration` seconds; each answer's status and time to `onResponse`. */
const run = async (baseUrl: string, screen: Screen, connections: number, duration: number, onResponse: (status: number, ms: number) => void): Promise<void> => {
  let done: (error: unknown) => void = () => undefined;
  const finished = new Promise<void>((resolve, reject) => (done = (error) => (error ? reject(error) : resolve())));
  const instance = autocannon({
    url: `${baseUrl}${screen.path}`,
    method: screen.method ?? 'GET',
    connections,
    duration,
    headers: { Authorization: `Bearer ${screen.token}`, Accept: 'application/json', ...(screen.body ? { 'Content-Type': 'application/json' } : {}) },
    body: screen.body ? JSON.stringify(screen.body) : undefined,
  }, (error) => done(error));
  instance.on('response', (_client, status, _bytes, ms) => onResponse(status, ms));
  await finished;
};

const main = async (): Promise<void> => {
  const args = parseArgs(process.argv.slice(2), ['serve', 'fresh', 'trace']);
  const trace = args.flags.has('trace');
  if (trace) process.env.BENCH_TRACE = '1';
  if (args.flags.has('serve')) return serve();
  const households = Number(flagString(args, 'households') ?? 80000);
  const connections = Number(flagString(args, 'connections') ?? 20);
  const duration = Number(flagString(args, 'duration') ?? 10);
  const warmup = Number(flagString(args, 'warmup') ?? 2);
  await configureDatabase(args.flags.has('fresh'));
  const plan = await prepare(households, Number(flagString(args, 'seed') ?? 7));
  const server = await startServer();
  try {
    const [siege, secretariat, referent] = await Promise.all(['bench.siege', 'bench.secretariat', plan.referent].map((l) => loginAs(server.baseUrl, l)));
    const q = (v: unknown) => encodeURIComponent(JSON.stringify(v));
    const screens: Screen[] = [
      { label: 'Liste, page 1 (secrétariat)', token: secretariat, path: `/api/console/beneficiaries?sort=${q(['lastName', 'ASC'])}&range=${q([0, 24])}&filter=${q({})}` },
      { label: 'Liste, page 1 récents (secrétariat)', token: secretariat, path: `/api/console/beneficiaries?range=${q([0, 24])}&filter=${q({})}` },
      { label: 'Liste, page profonde (siège)', token: siege, path: `/api/console/beneficiaries?sort=${q(['lastName', 'ASC'])}&range=${q([50000, 50024])}&filter=${q({})}` },
      { label: 'Recherche par nom (siège)', token: siege, method: 'POST', path: '/api/console/beneficiary-searches', body: { sort: ['lastName', 'ASC'], range: [0, 24], filter: { q: plan.name.toLowerCase() } } },
      { label: 'Recherche par nom (secrétariat)', token: secretariat, method: 'POST', path: '/api/console/beneficiary-searches', body: { sort: ['lastName', 'ASC'], range: [0, 24], filter: { q: plan.name.toLowerCase() } } },
      // The generator draws 75 last names, so a last name alone matches ~1,400 files per name (a
      // worst case); with the first name, as a secretariat types it, a few dozen.
      { label: 'Recherche nom et prénom (secrétariat)', token: secretariat, method: 'POST', path: '/api/console/beneficiary-searches', body: { sort: ['lastName', 'ASC'], range: [0, 24], filter: { q: `${plan.name} ${plan.firstName}`.toLowerCase() } } },
      { label: 'File active du référent', token: referent, path: `/api/console/beneficiaries?sort=${q(['lastName', 'ASC'])}&range=${q([0, 24])}&filter=${q({})}` },
      { label: 'Fiche dossier (référent)', token: referent, path: `/api/console/beneficiaries/${plan.fileId}` },
      { label: 'Frise (référent)', token: referent, path: `/api/console/beneficiaries/${plan.fileId}/timeline?range=${q([0, 49])}` },
      {
        label: 'Agenda, semaine (référent)',
        token: referent,
        path: `/api/console/appointments?sort=${q(['start', 'ASC'])}&range=${q([0, 499])}&filter=${q({ collaborator: plan.referent, from: plan.week.from, to: plan.week.to })}`,
      },
      // Reports: one statement over the perimeter, sorted and paged in SQL.
      { label: 'Rapport sorties de file active (secr.)', token: secretariat, path: `/api/console/reports/caseload-exits?range=${q([0, 24])}&filter=${q({})}` },
      { label: 'Rapport droits clos (siège)', token: siege, path: `/api/console/reports/closed-rights?range=${q([0, 24])}&filter=${q({})}` },
    ];
    const only = flagString(args, 'only');
    console.log(`${process.env.DATABASE_CLIENT ?? 'sqlite'}, ${plan.total} dossiers, ${connections} clients simultanés, ${duration} s par écran après ${warmup} s de mise en route ; charge de la machine : ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    for (const screen of screens) {
      if (only && !screen.label.toLowerCase().includes(only.toLowerCase())) continue;
      if (trace) {
        console.log(`— ${screen.label}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      console.log(await measure(server.baseUrl, screen, trace ? 1 : connections, trace ? 0 : duration, warmup));
    }
  } finally {
    server.stop();
  }
};

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
