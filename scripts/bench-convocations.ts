// Measures batch convocations (FEATURES A5: 100 in < 10 s) on a throw-away database (SQLite in
// a temporary folder; DATABASE_CLIENT=postgres with DATABASE_URL to measure PostgreSQL — it
// writes rows there): 100 files in a saved selection, each with its own appointment, merged by
// the mail-merge service into one zip (the perimeter, the selection, the SQL, the merge, the
// audit, the zip). `-- --pdf` also times the combined PDF (LibreOffice). The last stdout line is JSON.
//   npm run bench:convocations [-- N] [-- --pdf]
import { performance } from 'node:perf_hooks';
import PizZip from 'pizzip';
import { parisLocalToInstant, toParisLocal } from '@rsa/vocabulary';
import { rowsOf } from '@rsa/console-kit';
import { benchReferent, loadBenchStrapi, type BenchKnex as Knex } from './lib/bench-app';

const main = async () => {
  const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100);
  const withPdf = process.argv.includes('--pdf');
  const strapi = await loadBenchStrapi('convocations');
  const knex = strapi.db.connection as unknown as Knex;
  try {
    const now = new Date();
    const stamp = { created_at: now, updated_at: now, published_at: now };
    const login = 'bench.convocations';
    const user = await benchReferent(strapi, login, 'Essai-Fusion-Lot-2026!');
    const tag = `C${Date.now()}-`;
    await knex('beneficiaries').insert(
      Array.from({ length: count }, (_, i) => ({
        document_id: `${tag}b${i}`, file_number: String(800000 + i), genesis_id: `${tag}${i}`, civility: 'Madame', last_name: `Nom${i}`, first_name: 'Prénom',
        address_line_1: `${i} rue de la Gare`, postal_code: '07100', city: 'Annonay', territory_code: 'NORD', ...stamp,
      })),
    );
    const ids = rowsOf<{ id: number }>(await knex.raw('SELECT id FROM beneficiaries WHERE genesis_id LIKE ? ORDER BY id', [`${tag}%`])).map((r) => Number(r.id));
    await knex('assignments').insert(ids.map((id) => ({ beneficiary_id: id, login, role: 'parcours', structure_code: 'DTAS-NORD', start_date: '2024-01-01', source: 'bench', ...stamp })));
    const monday = parisLocalToInstant(`${toParisLocal(new Date(now.getTime() + 7 * 86_400_000)).slice(0, 10)}T09:00`) as Date;
    await knex('appointments').insert(
      ids.map((id, i) => {
        const start = new Date(monday.getTime() + Math.floor(i / 8) * 86_400_000 + (i % 8) * 3_600_000);
        return {
          document_id: `${tag}a${i}`, beneficiary_id: id, collaborator_login: login, type_code: 'entretien-individuel-referent', theme_code: 'suivi-de-parcours', place_code: 'dtas-nord-annonay',
          start_local: toParisLocal(start), starts_at: start, ends_at: new Date(start.getTime() + 45 * 60_000), duration: 45, status: 'prevu', sms_reminder: false, sequence: 0, ...stamp,
        };
      }),
    );
    const selection = await strapi.plugin('file-active').service('file-selections').create(user, { name: `Banc ${tag}`, ids });
    const [template] = await strapi.plugin('documents').service('merge-templates').list(['convocation-individuelle']);
    const merge = strapi.plugin('documents').service('mail-merge');
    await merge.batch(user, { template: template.id, selection: selection.id }); // warm-up (template read, JIT)
    const t0 = performance.now();
    const result = await merge.batch(user, { template: template.id, selection: selection.id });
    const docxMs = performance.now() - t0;
    const entries = Object.keys(new PizZip(result.bytes).files).length;
    process.stderr.write(`${result.merged} convocations (.docx dans un zip, ${entries} fichiers, ${(result.bytes.length / 1024).toFixed(0)} Ko) : ${(docxMs / 1000).toFixed(2)} s\n`);
    let pdfMs: number | null = null;
    if (withPdf) {
      const t1 = performance.now();
      const pdf = await merge.batch(user, { template: template.id, selection: selection.id, format: 'pdf' });
      pdfMs = performance.now() - t1;
      process.stderr.write(`${pdf.merged} convocations (un PDF, ${(pdf.bytes.length / 1024).toFixed(0)} Ko) : ${(pdfMs / 1000).toFixed(2)} s\n`);
    }
    process.stdout.write(`${JSON.stringify({ convocations: result.merged, docxZipSeconds: Number((docxMs / 1000).toFixed(2)), pdfSeconds: pdfMs === null ? null : Number((pdfMs / 1000).toFixed(2)), target: '< 10 s' })}\n`);
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
