// Measures the agenda (FEATURES A6, A3) on a throw-away database (SQLite in a temporary folder;
// DATABASE_CLIENT=postgres with DATABASE_URL to measure PostgreSQL — it writes rows there):
//   - a collaborator's week read through the appointments service, 2,000 appointments in the
//     database for them (p95 of 50 reads);
//   - the SMS reminder job over 10,000 appointments due in the next 48 h (one pass, outbox provider).
// The last stdout line is JSON.
import { performance } from 'node:perf_hooks';
import { parisLocalToInstant, toParisLocal } from '@rsa/vocabulary';
import { rowsOf } from '@rsa/console-kit';
import { benchReferent, loadBenchStrapi, type BenchKnex as Knex } from './lib/bench-app';

const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const insertBatches = async (knex: Knex, table: string, rows: object[], size = 200) => {
  for (let i = 0; i < rows.length; i += size) await knex(table).insert(rows.slice(i, i + size));
};

const main = async () => {
  process.env.SMS_PROVIDER = 'outbox';
  const strapi = await loadBenchStrapi('agenda');
  const knex = strapi.db.connection as unknown as Knex;
  try {
    const now = new Date();
    const stamp = { created_at: now, updated_at: now, published_at: now };
    const login = 'bench.referent';
    const user = await benchReferent(strapi, login, 'Banc-d-essai-Agenda-2026');
    // 12,000 files with a mobile number, each in the collaborator's caseload.
    const FILES = 12_000;
    await insertBatches(
      knex,
      'beneficiaries',
      Array.from({ length: FILES }, (_, i) => ({ document_id: `bench-b-${i}`, file_number: String(900000 + i), genesis_id: `B${i}`, last_name: `Nom${i}`, first_name: 'Prénom', phone: `+3361${String(i).padStart(7, '0')}`, territory_code: 'NORD', ...stamp })),
    );
    const fileIds = rowsOf<{ id: number }>(await knex.raw("SELECT id FROM beneficiaries WHERE genesis_id LIKE 'B%' ORDER BY id")).map((r) => Number(r.id));
    await insertBatches(knex, 'assignments', fileIds.map((id) => ({ beneficiary_id: id, login, role: 'parcours', structure_code: 'DTAS-NORD', start_date: '2024-01-01', source: 'bench', ...stamp })));

    const appointment = (i: number, start: Date, sms: boolean) => ({
      document_id: `bench-a-${i}`, beneficiary_id: fileIds[i % fileIds.length], collaborator_login: login, type_code: 'entretien-individuel-referent', theme_code: 'suivi-de-parcours',
      place_code: 'dtas-nord-annonay', start_local: toParisLocal(start), starts_at: start, ends_at: new Date(start.getTime() + 45 * 60_000), duration: 45, status: 'prevu',
      sms_reminder: sms, scheduled_at: new Date(start.getTime() - 10 * 86_400_000), sequence: 0, ...stamp,
    });
    // 2,000 appointments over 50 weeks (8 a working day), from next Monday.
    const monday = new Date(parisLocalToInstant(`${toParisLocal(new Date(now.getTime() + 7 * 86_400_000)).slice(0, 10)}T09:00`) as Date);
    const week: object[] = [];
    for (let i = 0; i < 2000; i += 1) week.push(appointment(i, new Date(monday.getTime() + Math.floor(i / 8) * 86_400_000 + (i % 8) * 3_600_000), false));
    await insertBatches(knex, 'appointments', week);
    const service = strapi.plugin('appointments').service('appointments');
    const from = toParisLocal(monday).slice(0, 10);
    const to = toParisLocal(new Date(monday.getTime() + 6 * 86_400_000)).slice(0, 10);
    const times: number[] = [];
    for (let i = 0; i < 55; i += 1) {
      const t0 = performance.now();
      await service.list(user, { sort: { field: 'start', order: 'ASC' }, range: { start: 0, end: 499 }, filter: { collaborator: login, from, to } });
      if (i >= 5) times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const weekP95 = percentile(times, 95);
    process.stderr.write(`Semaine d'un collaborateur (2 000 RDV en base) : p95 ${weekP95.toFixed(1)} ms, médiane ${percentile(times, 50).toFixed(1)} ms\n`);

    // 10,000 reminders due in the next 48 h.
    const at = new Date(now.getTime() + 400 * 86_400_000);
    const due: object[] = [];
    for (let i = 0; i < 10_000; i += 1) due.push(appointment(10_000 + i, new Date(at.getTime() + 3_600_000 + i * 15_000), true));
    await insertBatches(knex, 'appointments', due);
    // A live database has statistics (autovacuum's ANALYZE); rows loaded a second ago do not, and
    // PostgreSQL then plans 10,000 rows as one (a full scan of the files per appointment: 58 s).
    await knex.raw('ANALYZE');
    const t0 = performance.now();
    const run = await strapi.plugin('appointments').service('reminders').runOnce(at);
    const reminderMs = performance.now() - t0;
    process.stderr.write(`Rappels SMS : ${run.sent} envoyés (boîte d'envoi) en ${(reminderMs / 1000).toFixed(2)} s\n`);
    process.stdout.write(`${JSON.stringify({ weekP95Ms: Number(weekP95.toFixed(1)), weekMedianMs: Number(percentile(times, 50).toFixed(1)), reminders: run.sent, reminderSeconds: Number((reminderMs / 1000).toFixed(2)) })}\n`);
  } finally {
    await strapi.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`Banc d'essai interrompu : ${(error as Error).stack}\n`);
    process.exit(1);
  },
);
