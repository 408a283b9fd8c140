// One booted CMS (throw-away database, demo users, sample feeds) and one Chromium per test
// file: what every browser test starts from.
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../../support/test-app';
import { ensureAdminPanelBuilt } from './admin-build';
import { launchBrowser } from './browser';
import { ensureConsoleBuilt } from './console-build';
import { importSampleFeeds, seedUsers } from './seed';

export type ConsoleApp = { app: TestApp; browser: Browser; baseUrl: string; stop(): Promise<void> };

/** adminPanel: also serve the Strapi admin panel at /admin (built once when missing). */
export async function startConsoleApp(options: { feeds?: boolean; adminPanel?: boolean } = {}): Promise<ConsoleApp> {
  ensureConsoleBuilt();
  if (options.adminPanel) ensureAdminPanelBuilt();
  const app = await startTestApp({}, { serveAdminPanel: options.adminPanel ?? false });
  await seedUsers(app);
  if (options.feeds !== false) await importSampleFeeds(app);
  const browser = await launchBrowser();
  return {
    app,
    browser,
    baseUrl: app.baseUrl,
    async stop() {
      await browser.close().catch(() => undefined);
      await app.stop();
    },
  };
}
