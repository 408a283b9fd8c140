// npm run bench:export -- [--rows 50000]
// Writes a report of N rows (the columns of a file-active report: numbers, names, dates, référent)
// to an .xlsx file with the streaming report writer the exports use (writeReportWorkbook), and
// prints the time, the file size and the peak memory (RSS) sampled while it runs.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { writeReportWorkbook, type ReportColumn } from '@rsa/console-kit';
import { flagString, parseArgs } from './lib/args';

type Row = { fileNumber: string; lastName: string; firstName: string; birthDate: string; referent: string; structure: string; territory: string; state: string; start: string; end: string | null };

const COLUMNS: ReportColumn<Row>[] = [
  { header: 'N° dossier', value: (r) => r.fileNumber },
  { header: 'Nom', value: (r) => r.lastName, width: 20 },
  { header: 'Prénom', value: (r) => r.firstName, width: 16 },
  { header: 'Date de naissance', value: (r) => r.birthDate, type: 'date' },
  { header: 'Référent', value: (r) => r.referent, width: 22 },
  { header: 'Structure', value: (r) => r.structure },
  { header: 'Territoire', value: (r) => r.territory },
  { header: 'État', value: (r) => r.state },
  { header: 'Début d’affectation', value: (r) => r.start, type: 'date' },
  { header: 'Fin d’affectation', value: (r) => r.end, type: 'date' },
];

const NAMES = ['MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'RICHARD', 'PETIT', 'DURAND', 'LEROY', 'MOREAU', 'N’DIAYE', '=CMD()'];
const FIRST = ['Camille', 'Léa', 'Hugo', 'Chloé', 'Louis', 'Inès', 'Jules', 'Zoé'];
const day = (n: number) => new Date(Date.UTC(1960, 0, 1) + (n % 20000) * 86400000).toISOString().slice(0, 10);

function* rows(count: number): Generator<Row> {
  for (let i = 0; i < count; i += 1) {
    yield {
      fileNumber: String(i + 1).padStart(6, '0'),
      lastName: NAMES[i % NAMES.length],
      firstName: FIRST[i % FIRST.length],
      birthDate: day(i * 7),
      referent: `referent.${i % 400}`,
      structure: `DTAS-${['NORD', 'SUD', 'CENTRE'][i % 3]}`,
      territory: ['NORD', 'SUD', 'CENTRE'][i % 3],
      state: ['entree', 'veille', 'sortie'][i % 3],
      start: day(15000 + (i % 3000)),
      end: i % 4 === 0 ? day(18000 + (i % 1000)) : null,
    };
  }
}

const main = async (): Promise<void> => {
  const args = parseArgs(process.argv.slice(2));
  const count = Number(flagString(args, 'rows') ?? 50000);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rsa-bench-export-')), 'rapport.xlsx');
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = Date.now();
  const output = fs.createWriteStream(file);
  const closed = new Promise<void>((resolve, reject) => output.on('close', resolve).on('error', reject));
  const written = await writeReportWorkbook(output, 'Sorties de file active', COLUMNS, rows(count));
  await closed;
  const ms = Date.now() - started;
  clearInterval(sampler);
  console.log(
    `Export Excel en flux : ${written} lignes en ${(ms / 1000).toFixed(1)} s (${Math.round(written / (ms / 1000))} lignes/s), ` +
      `${(fs.statSync(file).size / 1e6).toFixed(1)} Mo ; mémoire (RSS) au départ ${Math.round(before / 1e6)} Mo, max ${Math.round(peak / 1e6)} Mo ; ` +
      `charge de la machine ${os.loadavg()[0].toFixed(1)}`,
  );
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
};

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
