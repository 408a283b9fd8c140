// npm run users:reset-link -- --login L
// An admin's first-login / reset link for a collaborator: single use, valid 24 hours, printed
// once (the database keeps only its hash). Send it to the person by a trusted channel.
import { flagString, parseArgs } from './lib/args';
import { loadStrapi } from './lib/strapi-app';

const main = async (): Promise<number> => {
  const login = flagString(parseArgs(process.argv.slice(2)), 'login');
  if (!login) {
    process.stderr.write('Usage : npm run users:reset-link -- --login IDENTIFIANT\n');
    return 2;
  }
  process.env.LOG_TO_STDERR = '1';
  process.env.LOG_LEVEL ??= 'warn';
  process.env.CRON_ENABLED = 'false';
  const strapi = await loadStrapi();
  try {
    const { token, expiresAt } = await strapi.plugin('accounts').service('auth').createResetLink(login);
    // The address users reach (behind the proxy), not the process's own port.
    const base = (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT ?? 1337}`).replace(/\/+$/, '');
    process.stdout.write(`${base}/console/#/mot-de-passe/${token}\n`);
    process.stderr.write(`Lien valable une seule fois, jusqu'au ${expiresAt.toLocaleString('fr-FR', { timeZone: 'Europe/Paris' })}.\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  } finally {
    await strapi.destroy();
  }
};

main().then((code) => process.exit(code));
