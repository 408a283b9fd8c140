// Once per jest run: compile the local plugins and the CMS (TypeScript → dist), then boot Strapi
// once on a template database that each test file copies (template-database.ts), so that each
// test file only has to boot Strapi on its own throw-away copy.
import { execFileSync } from 'child_process';
import path from 'path';
import { prepareTemplateDatabase } from './template-database';

// `npm test` runs two projects with a global setup each (integration, browser): the second finds
// the compile and the template done.
let compiled = false;

export default async function globalSetup(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  if (!compiled) {
    // `npm test` builds the plugins first; a direct jest run can skip it with SKIP_PLUGIN_BUILD=1.
    if (process.env.SKIP_PLUGIN_BUILD !== '1') {
      execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'plugins/tsconfig.json'], { cwd: root, stdio: 'inherit' });
    }
    process.env.STRAPI_TELEMETRY_DISABLED = 'true';
    const { compileStrapi } = await import('@strapi/strapi');
    await compileStrapi({ appDir: path.join(root, 'cms') });
    compiled = true;
  }
  await prepareTemplateDatabase();
}
