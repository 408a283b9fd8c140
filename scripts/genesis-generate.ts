/**
 * npm run genesis:generate -- --households N --days K --seed S --out DIR [--start YYYY-MM-DD]
 * Only reads the command line: the generation lives in genesis-generator/generate-feeds.ts.
 */
import { GENERATE_HELP, parseGenerateArgs } from './genesis-generator/generate-args';
import { generateFeeds } from './genesis-generator/generate-feeds';

const main = async (): Promise<void> => {
  const today = new Date().toISOString().slice(0, 10);
  const command = parseGenerateArgs(process.argv.slice(2), today);
  if (command.kind === 'help') {
    process.stdout.write(GENERATE_HELP);
    return;
  }
  const started = Date.now();
  const files = await generateFeeds({
    ...command.options,
    onFile: ({ path, rows, households, changes }) => {
      const changed = changes ? ` ; changements : ${JSON.stringify(changes)}` : '';
      process.stderr.write(`${path} : ${rows} lignes, ${households} foyers${changed}\n`);
    },
  });
  process.stderr.write(`${files.length} fichier(s) en ${Date.now() - started} ms\n`);
  process.stdout.write(files.map((file) => `${file}\n`).join(''));
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
