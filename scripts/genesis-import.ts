// npm run genesis:import -- FILE [--date YYYY-MM-DD] [--dry-run] [--force] [--encoding utf8|latin1]
// Progress on stderr; the last line of stdout is the JSON summary (CONTRACT.md). Exit 0 when the
// file was accepted (even with rejected rows), 2 when it was refused whole.
import fs from 'fs';
import readline from 'readline';
import { flagString, parseArgs } from './lib/args';
import { progressBar } from './lib/progress-bar';
import { loadStrapi } from './lib/strapi-app';

const usage = 'Usage : npm run genesis:import -- FICHIER [--date AAAA-MM-JJ] [--dry-run] [--force] [--encoding utf8|latin1]';

const countLines = async (file: string): Promise<number> => {
  let n = 0;
  for await (const _ of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) n += 1;
  return Math.max(0, n - 1);
};

const main = async (): Promise<number> => {
  const args = parseArgs(process.argv.slice(2), ['dry-run', 'force', 'help']);
  const file = args.positionals[0];
  if (args.flags.has('help') || !file) {
    process.stderr.write(`${usage}\n`);
    return args.flags.has('help') ? 0 : 2;
  }
  const encoding = flagString(args, 'encoding');
  if (encoding && !['utf8', 'latin1', 'auto'].includes(encoding)) {
    process.stderr.write(`Encodage inconnu : ${encoding} (utf8 ou latin1)\n`);
    return 2;
  }
  if (!fs.existsSync(file)) {
    process.stdout.write(`${JSON.stringify({ file, extractionDate: null, rows: 0, created: 0, updated: 0, unchanged: 0, reoriented: 0, reinstated: 0, rejected: 0, warnings: [], errors: [{ line: null, column: null, message: `Fichier introuvable : ${file}` }] })}\n`);
    return 2;
  }
  process.env.LOG_TO_STDERR = '1';
  process.env.LOG_LEVEL ??= 'warn';
  process.env.CRON_ENABLED = 'false';
  const strapi = await loadStrapi();
  try {
    const bar = progressBar('Import Genesis', await countLines(file));
    const summary = await strapi.plugin('genesis').service('feed-import').run({
      file,
      date: flagString(args, 'date') ?? null,
      dryRun: args.flags.has('dry-run'),
      force: args.flags.has('force'),
      encoding: (encoding ?? 'auto') as 'utf8' | 'latin1' | 'auto',
      trigger: `cli:${process.env.USER ?? 'inconnu'}`,
      onProgress: (rows: number) => bar.update(rows),
    });
    bar.done();
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return summary.status === 'refused' ? 2 : 0;
  } finally {
    await strapi.destroy();
  }
};

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`Import interrompu : ${(error as Error).message}\n`);
    process.exit(1);
  },
);
