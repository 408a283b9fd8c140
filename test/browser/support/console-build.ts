// The browser tests run against the built console that Strapi serves at /console/. Build it
// when admin/dist is missing (a fresh clone); set REBUILD_CONSOLE=1 to force a rebuild.
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
export const CONSOLE_DIST = path.join(ROOT, 'admin', 'dist');

export function ensureConsoleBuilt(): void {
  if (fs.existsSync(path.join(CONSOLE_DIST, 'index.html')) && process.env.REBUILD_CONSOLE !== '1') return;
  // vite's package exports hide bin/: locate the package through its package.json.
  const vite = path.join(path.dirname(require.resolve('vite/package.json', { paths: [path.join(ROOT, 'admin')] })), 'bin', 'vite.js');
  execFileSync(process.execPath, [vite, 'build'], { cwd: path.join(ROOT, 'admin'), stdio: 'inherit' });
}
