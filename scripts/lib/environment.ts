// Prepares the process environment for every command: reads cms/.env, generates the CMS
// secrets into it when they are missing (first start), and sets the offline defaults.
import { randomBytes } from 'crypto';
import fs from 'fs';
import { ENV_FILE } from './paths';

const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'] as const;

const secret = (): string => randomBytes(24).toString('base64');

const parseEnvFile = (text: string): Record<string, string> => {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/.exec(line);
    if (match) values[match[1]] = match[2].replace(/^"(.*)"$/, '$1');
  }
  return values;
};

/** Loads cms/.env (without overriding the real environment) and completes missing secrets. */
export const prepareEnvironment = ({ writeSecrets = true } = {}): void => {
  const fromFile = fs.existsSync(ENV_FILE) ? parseEnvFile(fs.readFileSync(ENV_FILE, 'utf8')) : {};
  for (const [key, value] of Object.entries(fromFile)) if (process.env[key] === undefined) process.env[key] = value;

  const missing = SECRETS.filter((key) => !process.env[key]);
  if (missing.length > 0) {
    const generated = missing.map((key) => `${key}=${key === 'APP_KEYS' ? [secret(), secret(), secret(), secret()].join(',') : secret()}`);
    for (const line of generated) {
      const [key, ...rest] = line.split('=');
      process.env[key] = rest.join('=');
    }
    if (writeSecrets) {
      const header = fs.existsSync(ENV_FILE) ? '' : '# Secrets du CMS générés au premier démarrage (ne pas versionner).\n';
      fs.appendFileSync(ENV_FILE, `${header}${generated.join('\n')}\n`, { mode: 0o600 });
    }
  }
  process.env.STRAPI_TELEMETRY_DISABLED ??= 'true';
  process.env.BROWSER ??= 'none';
  process.env.NODE_ENV ??= 'production';
  process.env.TZ ??= 'Europe/Paris';
};
