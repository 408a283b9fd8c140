// Once per jest run: compile the local plugins and the CMS (TypeScript → dist), so that each
// test file only has to boot Strapi on its own throw-away database.
import { execFileSync } from 'child_process';
import path from 'path';

export default async function globalSetup(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  // `npm test` builds the plugins first; a direct jest run can skip it with SKIP_PLUGIN_BUILD=1.
  if (process.env.SKIP_PLUGIN_BUILD !== '1') {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'plugins/tsconfig.json'], { cwd: root, stdio: 'inherit' });
  }
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const { compileStrapi } = await import('@strapi/strapi');
  await compileStrapi({ appDir: path.join(root, 'cms') });
}
