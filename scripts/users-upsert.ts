// npm run users:upsert -- --login L --password P --profile PROFILE --structure CODE [--territory CODE] [--name "Prénom NOM"]
// Creates or updates a console collaborator (CONTRACT.md). --profile may be repeated or
// comma-separated. Exit 2 when the input is refused (password policy, unknown profile…).
import { flagString, parseArgs } from './lib/args';
import { loadStrapi } from './lib/strapi-app';

const usage =
  'Usage : npm run users:upsert -- --login L --password P --profile PROFIL --structure CODE [--territory CODE] [--name "Prénom NOM"] [--email E]';

const main = async (): Promise<number> => {
  const argv = process.argv.slice(2);
  const args = parseArgs(argv);
  const profiles = argv.flatMap((arg, i) => (arg === '--profile' ? (argv[i + 1] ?? '').split(',') : arg.startsWith('--profile=') ? arg.slice(10).split(',') : []));
  const login = flagString(args, 'login');
  const structure = flagString(args, 'structure');
  if (!login || !structure || profiles.length === 0) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  process.env.LOG_TO_STDERR = '1';
  process.env.LOG_LEVEL ??= 'warn';
  process.env.CRON_ENABLED = 'false';
  const strapi = await loadStrapi();
  try {
    const { user, created } = await strapi.plugin('accounts').service('users').upsert({
      login,
      password: flagString(args, 'password') ?? null,
      profiles,
      structure,
      territory: flagString(args, 'territory') ?? null,
      name: flagString(args, 'name') ?? null,
      email: flagString(args, 'email'),
    });
    process.stdout.write(`${JSON.stringify({ id: user.id, login: user.login, name: user.name, profiles: user.profiles, created })}\n`);
    return 0;
  } catch (error) {
    const e = error as { status?: number; message: string };
    if (e.status && e.status < 500) {
      process.stderr.write(`${e.message}\n`);
      return 2;
    }
    throw error;
  } finally {
    await strapi.destroy();
  }
};

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`Erreur : ${(error as Error).message}\n`);
    process.exit(1);
  },
);
