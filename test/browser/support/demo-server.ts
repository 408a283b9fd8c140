// Manual look at the console: `npx tsx test/browser/support/demo-server.ts` boots the test app
// with the demo users and sample feeds and keeps it running until Ctrl-C.
import { execFileSync } from 'child_process';
import path from 'path';
import { startTestApp } from '../../support/test-app';
import { ensureConsoleBuilt } from './console-build';
import { importSampleFeeds, PASSWORD, seedUsers, USERS } from './seed';

// As test/support/global-setup.ts does, with require: tsx would load Strapi's ESM build through
// a dynamic import, which fails on lodash/fp.
const compile = async () => {
  const root = path.resolve(__dirname, '..', '..', '..');
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b', 'plugins/tsconfig.json'], { cwd: root, stdio: 'inherit' });
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  const { compileStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  await compileStrapi({ appDir: path.join(root, 'cms') });
};

void (async () => {
  if (process.env.SKIP_COMPILE !== '1') await compile();
  ensureConsoleBuilt();
  const app = await startTestApp();
  await seedUsers(app);
  await importSampleFeeds(app);
  process.stdout.write(
    `${app.baseUrl}/console/  — ${Object.values(USERS)
      .map((u) => u.login)
      .join(', ')} / ${PASSWORD}\n`,
  );
  const stop = async () => {
    await app.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
})();
