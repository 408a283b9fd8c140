// Boots the Strapi application from a command-line tool or a test, without serving HTTP
// (load) or serving it (start). Compiles the CMS's TypeScript when its dist is missing.
import fs from 'fs';
import path from 'path';
import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';
import { prepareEnvironment } from './environment';
import { CMS_DIR, CMS_DIST_DIR } from './paths';

export const ensureCmsCompiled = async (force = false): Promise<void> => {
  if (!force && fs.existsSync(path.join(CMS_DIST_DIR, 'src', 'index.js'))) return;
  await compileStrapi({ appDir: CMS_DIR });
};

export const loadStrapi = async (options: { writeSecrets?: boolean } = {}): Promise<Core.Strapi> => {
  prepareEnvironment(options);
  await ensureCmsCompiled();
  const app = createStrapi({ appDir: CMS_DIR, distDir: CMS_DIST_DIR, autoReload: false, serveAdminPanel: false });
  return app.load();
};
