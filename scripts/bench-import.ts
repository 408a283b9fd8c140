// npm run bench:import -- --households 80000 [--seed 7]
// Generates two days of feed, then on the configured database (DATABASE_CLIENT / DATABASE_URL /
// DATABASE_FILENAME; a fresh SQLite file by default) times: start-up, day 1, day 2 (rows/s, peak
// memory); on PostgreSQL also a plain COPY of the day-1 file into a scratch table for comparison.
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { flagString, parseArgs } from './lib/args';
import { loadStrapi } from './lib/strapi-app';
import { generateFeeds } from './genesis-generator/generate-feeds';

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

const main = async (): Promise<void> => {
  const args = parseArgs(process.argv.slice(2));
  const households = Number(flagString(args, 'households') ?? 80000);
  const seed = Number(flagString(args, 'seed') ?? 7);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rsa-bench-'));
  if ((process.env.DATABASE_CLIENT ?? 'sqlite') === 'sqlite' && !process.env.DATABASE_FILENAME) {
    process.env.DATABASE_FILENAME = path.join(dir, 'bench.db');
  }
  process.env.LOG_TO_STDERR = '1';
  process.env.LOG_LEVEL ??= 'warn';
  process.env.CRON_ENABLED = 'false';
  process.env.DEMO = '0';

  let t = Date.now();
  const [day1, day2] = await generateFeeds({ households, days: 2, seed, outDir: dir, start: '2026-11-02' });
  console.log(`Charge de la machine (uptime) : ${os.loadavg().map((l) => l.toFixed(1)).join(', ')}`);
  console.log(`Génération : ${households} foyers × 2 jours en ${seconds(Date.now() - t)} (${(fs.statSync(day1).size / 1e6).toFixed(1)} Mo par fichier)`);

  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const startedAt = Date.now();
  const strapi = await loadStrapi({ writeSecrets: false });
  const startup = Date.now() - startedAt;
  console.log(`Démarrage de Strapi (${process.env.DATABASE_CLIENT ?? 'sqlite'}) : ${seconds(startup)}`);

  const service = strapi.plugin('genesis').service('feed-import');
  for (const [label, file] of [['Jour 1', day1], ['Jour 2', day2]] as const) {
    peak = 0;
    t = Date.now();
    const cpu = process.cpuUsage();
    const summary = await service.run({ file, trigger: 'bench', force: true });
    const ms = Date.now() - t;
    // CPU time of this process (parsing, validation…, not the database's): on a shared machine
    // the wall time above mostly measures the others' load.
    const used = process.cpuUsage(cpu);
    console.log(
      `${label} : ${summary.rows} lignes en ${seconds(ms)} → ${Math.round(summary.rows / (ms / 1000))} lignes/s ; ` +
        `créés ${summary.created}, mis à jour ${summary.updated}, inchangés ${summary.unchanged}, réorientés ${summary.reoriented}, rejetés ${summary.rejected} ; ` +
        `mémoire max ${Math.round(peak / 1e6)} Mo` + (label === 'Jour 1' ? ` ; avec le démarrage : ${seconds(ms + startup)}` : ''),
    );
    console.log(`  phases (ms) : ${JSON.stringify(summary.timings ?? {})} ; CPU de ce processus : ${seconds((used.user + used.system) / 1000)}`);
  }
  clearInterval(sampler);

  if (process.env.DATABASE_CLIENT === 'postgres' && process.env.DATABASE_URL) {
    const knex = strapi.db.connection;
    await knex.raw('DROP TABLE IF EXISTS bench_copy');
    const header = fs.readFileSync(day1, 'utf8').split(/\r?\n/, 1)[0].split(';');
    await knex.raw(`CREATE TABLE bench_copy (${header.map((c) => `"${c}" text`).join(', ')})`);
    t = Date.now();
    execFileSync('psql', [process.env.DATABASE_URL, '-q', '-c', `\\copy bench_copy FROM '${day1}' WITH (FORMAT csv, DELIMITER ';', HEADER true)`]);
    console.log(`COPY brut du jour 1 (comparaison) : ${seconds(Date.now() - t)}`);
    await knex.raw('DROP TABLE bench_copy');
  }
  await strapi.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
};

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
