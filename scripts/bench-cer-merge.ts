// Measures the mail merge of a CER (FEATURES C4): the decision-valide template, 5 objectives.
//   npm run bench:cer-merge [-- N]        (N merges, 200 by default)
// Prints mean, p95 and max milliseconds per merge; the last stdout line is JSON.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CerDocumentData } from '../plugins/cer/domain/documents/cer-document-data.type';
import { cerTemplateFileName } from '../plugins/cer/domain/documents/cer-template';
import { extractDocxText } from '../plugins/cer/domain/documents/extract-docx-text';
import { mergeCerDocument } from '../plugins/cer/domain/documents/merge-cer-document';

const WARM_UP = 10;

const parseRuns = (args: readonly string[]): number => {
  const raw = args.find((arg) => /^\d+$/.test(arg)) ?? args.find((arg) => arg.startsWith('--runs='))?.slice(7);
  const runs = raw === undefined ? 200 : Number(raw);
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write('Usage : npm run bench:cer-merge -- [N]   (N entier ≥ 1, 200 par défaut)\n');
    process.exit(2);
  }
  return runs;
};

const paragraph = (sentence: string, times: number): string => Array.from({ length: times }, () => sentence).join(' ');

const data: CerDocumentData = {
  beneficiary: {
    civility: 'Madame',
    lastName: 'Fayolle',
    firstName: 'Élodie',
    birthDate: '1987-09-04',
    fileNumber: '044506',
    address: { line1: '12 rue des Écoles', line2: 'Bâtiment B', postalCode: '07200', city: 'Aubenas' },
  },
  referent: { name: 'Karim Benali', structure: 'DTAS Centre Ardèche' },
  cer: {
    number: 4,
    start: '2024-06-01',
    end: '2024-11-30',
    signedOn: '2024-05-13',
    situation: paragraph('Mère isolée, deux enfants scolarisés, logement social, permis B sans véhicule.', 6),
    evaluation: paragraph('Les démarches engagées depuis le dernier contrat ont été menées régulièrement.', 6),
    expression: paragraph('Souhaite travailler dans l’aide à domicile, à temps partiel au début.', 3),
    agreement: 'oui',
    departmentDecision: 'CER validé',
    decision: 'Validé pour six mois, bilan à mi-parcours avec le référent.',
    validatedOn: '2024-05-20',
    notValidatedOn: null,
    objectives: [
      { theme: 'Emploi', description: 'Candidater à trois offres par mois dans l’aide à domicile.' },
      { theme: 'Formation', description: 'Se positionner sur le titre professionnel ADVF.' },
      { theme: 'Mobilité', description: 'Préparer le code de la route avec l’auto-école sociale.' },
      { theme: 'Santé', description: 'Faire le bilan de santé proposé par la CPAM.' },
      { theme: 'Logement', description: 'Constituer le dossier de demande de mutation.' },
    ],
  },
};

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

const main = (): void => {
  const runs = parseRuns(process.argv.slice(2));
  const file = path.resolve(__dirname, '../plugins/cer/templates', cerTemplateFileName('decision-valide'));
  const template = readFileSync(file);

  // Sanity check first: a fast merge that prints the wrong thing is no result.
  const text = extractDocxText(mergeCerDocument(template, data));
  if (!text.includes('Fayolle') || !text.includes('Logement — Constituer') || text.includes('{')) {
    throw new Error('La fusion de contrôle ne contient pas les données attendues.');
  }
  for (let i = 0; i < WARM_UP; i += 1) mergeCerDocument(template, data);

  const durations: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    bytes = mergeCerDocument(template, data).length;
    durations.push(performance.now() - started);
  }
  const sorted = [...durations].sort((a, b) => a - b);
  const mean = durations.reduce((sum, value) => sum + value, 0) / durations.length;
  const result = {
    template: path.basename(file),
    runs,
    objectives: data.cer.objectives.length,
    meanMs: Number(mean.toFixed(2)),
    p95Ms: Number(percentile(sorted, 95).toFixed(2)),
    maxMs: Number((sorted.at(-1) ?? Number.NaN).toFixed(2)),
    outputBytes: bytes,
    node: process.version,
  };
  process.stdout.write(
    `${result.template} : ${runs} fusions, ${result.objectives} objectifs — moyenne ${result.meanMs} ms, p95 ${result.p95Ms} ms, max ${result.maxMs} ms (document de ${bytes} octets)\n`,
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
};

main();
