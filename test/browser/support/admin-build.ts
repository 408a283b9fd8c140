// Browser tests of the functional admin's work need the Strapi admin panel that `strapi build`
// leaves in cms/dist/build (about a minute on this machine): built here only when missing, or
// always with REBUILD_ADMIN=1. `npm run build` / `npm start` build it too.
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const CMS = path.resolve(__dirname, '..', '..', '..', 'cms');
export const ADMIN_BUILD = path.join(CMS, 'dist', 'build');

export function ensureAdminPanelBuilt(): void {
  if (fs.existsSync(path.join(ADMIN_BUILD, 'index.html')) && process.env.REBUILD_ADMIN !== '1') return;
  const strapiBin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [CMS] })), 'bin', 'strapi.js');
  execFileSync(process.execPath, [strapiBin, 'build', '--minify'], {
    cwd: CMS,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
  });
}
