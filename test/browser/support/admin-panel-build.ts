// The Strapi admin panel the browser tests look at is the built one (cms/dist/build), served by
// Strapi at /admin. Built when missing (`strapi build`, a few minutes); REBUILD_ADMIN=1 forces it.
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CMS = path.join(ROOT, 'cms');

export function ensureAdminPanelBuilt(): void {
  if (fs.existsSync(path.join(CMS, 'dist', 'build', 'index.html')) && process.env.REBUILD_ADMIN !== '1') return;
  const strapiBin = path.join(path.dirname(require.resolve('@strapi/strapi/package.json', { paths: [CMS] })), 'bin', 'strapi.js');
  execFileSync(process.execPath, [strapiBin, 'build'], { cwd: CMS, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' } });
}
