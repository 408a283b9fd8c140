// Builds what is missing (or everything with --force): the local plugins (tsc), the CMS
// (TypeScript + Strapi admin panel), and the react-admin console (Vite). `npm start` calls it
// and it does nothing when everything is already built. --only plugins|cms|console narrows it.
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { flagString, parseArgs } from './lib/args';
import { prepareEnvironment } from './lib/environment';
import { CMS_DIR, CMS_DIST_DIR, CONSOLE_DIST_DIR, PLUGIN_NAMES, ROOT_DIR } from './lib/paths';

const run = (label: string, command: string, args: string[], cwd = ROOT_DIR): void => {
  process.stderr.write(`▶ ${label}\n`);
  const started = Date.now();
  execFileSync(command, args, { cwd, stdio: 'inherit', env: process.env });
  process.stderr.write(`  ${label} : ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
};

// Package exports hide bin files: locate the package through its package.json instead.
const bin = (pkg: string, file: string): string =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`, { paths: [CMS_DIR, ROOT_DIR] })), file);

// `tsc -b plugins/tsconfig.json` builds packages/vocabulary first (a project reference): the
// plugins' compiled code requires its dist/.
export const pluginsBuilt = (): boolean =>
  fs.existsSync(path.join(ROOT_DIR, 'packages', 'vocabulary', 'dist', 'index.js')) &&
  PLUGIN_NAMES.every((name) => fs.existsSync(path.join(ROOT_DIR, 'plugins', name, 'dist', name === 'console-kit' ? 'index.js' : 'server/src/index.js')));
export const cmsBuilt = (): boolean =>
  fs.existsSync(path.join(CMS_DIST_DIR, 'src', 'index.js')) && fs.existsSync(path.join(CMS_DIST_DIR, 'build', 'index.html'));
export const consoleBuilt = (): boolean => fs.existsSync(path.join(CONSOLE_DIST_DIR, 'index.html'));

export const build = ({ force = false, only }: { force?: boolean; only?: string } = {}): void => {
  prepareEnvironment();
  process.env.NODE_ENV = 'production';
  const wanted = (part: string) => !only || only.split(',').includes(part);
  if (wanted('plugins') && (force || !pluginsBuilt() || only?.includes('plugins'))) {
    run('Plugins (tsc)', process.execPath, [bin('typescript', 'bin/tsc'), '-b', 'plugins/tsconfig.json']);
  }
  if (wanted('cms') && (force || !cmsBuilt())) {
    run('CMS Strapi (TypeScript + panneau d’administration)', process.execPath, [bin('@strapi/strapi', 'bin/strapi.js'), 'build', '--minify'], CMS_DIR);
  }
  if (wanted('console') && (force || !consoleBuilt())) {
    run('Console (Vite)', process.execPath, [bin('vite', 'bin/vite.js'), 'build'], path.join(ROOT_DIR, 'admin'));
  }
};

if (require.main === module) {
  const args = parseArgs(process.argv.slice(2), ['force']);
  build({ force: args.flags.has('force'), only: flagString(args, 'only') });
}
