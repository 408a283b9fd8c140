// npm start: builds what is missing, prepares the environment (secrets generated into cms/.env
// on first start), creates the database, loads the demo when the database is empty (DEMO=0
// skips it) and serves everything on PORT: /console/, /admin and /api/.
import { createStrapi } from '@strapi/strapi';
import { build } from './build';
import { prepareEnvironment } from './lib/environment';
import { CMS_DIR, CMS_DIST_DIR } from './lib/paths';
import { loadDemoIfEmpty } from './demo/load-demo';

const main = async (): Promise<void> => {
  prepareEnvironment();
  build();
  const strapi = createStrapi({ appDir: CMS_DIR, distDir: CMS_DIST_DIR, autoReload: false });
  await strapi.load();
  if (process.env.DEMO !== '0') await loadDemoIfEmpty(strapi);
  await strapi.start();
  const port = process.env.PORT ?? '1337';
  strapi.log.info(`Console : http://localhost:${port}/console/  —  Administration : http://localhost:${port}/admin`);
};

main().catch((error) => {
  process.stderr.write(`Démarrage impossible : ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
