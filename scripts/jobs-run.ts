// npm run jobs:run -- sms-reminders [--at YYYY-MM-DDTHH:MM]
// Runs one background job once, as if it were that instant (Europe/Paris; default now), for
// operators and tests (CONTRACT.md). The last line of stdout is the job's JSON summary. Exit 0 when
// the job ran (or another process held its lock: `"locked": true`), 2 on a bad command line.
import { parisLocalToInstant } from '@rsa/vocabulary';
import { flagString, parseArgs } from './lib/args';
import { loadStrapi } from './lib/strapi-app';

const JOBS = ['sms-reminders'] as const;
const usage = `Usage : npm run jobs:run -- ${JOBS.join('|')} [--at AAAA-MM-JJTHH:MM]`;

const main = async (): Promise<number> => {
  const args = parseArgs(process.argv.slice(2), ['help']);
  const job = args.positionals[0];
  if (args.flags.has('help') || !job) {
    process.stderr.write(`${usage}\n`);
    return args.flags.has('help') ? 0 : 2;
  }
  if (!(JOBS as readonly string[]).includes(job)) {
    process.stderr.write(`Tâche inconnue : ${job}\n${usage}\n`);
    return 2;
  }
  const atText = flagString(args, 'at');
  const at = atText === undefined ? new Date() : parisLocalToInstant(atText);
  if (at === null) {
    process.stderr.write(`--at invalide : ${atText} (AAAA-MM-JJTHH:MM, heure de Paris)\n`);
    return 2;
  }
  process.env.LOG_TO_STDERR = '1';
  process.env.LOG_LEVEL ??= 'warn';
  process.env.CRON_ENABLED = 'false';
  const strapi = await loadStrapi();
  try {
    const run = await strapi.plugin('appointments').service('reminders').run(at);
    process.stdout.write(`${JSON.stringify(run)}\n`);
    return 0;
  } finally {
    await strapi.destroy();
  }
};

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`Tâche interrompue : ${(error as Error).message}\n`);
    process.exit(1);
  },
);
