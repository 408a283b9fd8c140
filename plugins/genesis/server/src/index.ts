// Genesis feed: the nightly import, its history and its job.
import type { Core } from '@strapi/strapi';
import { ensureIndexes } from '@rsa/console-kit';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';

export default {
  register() {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureIndexes(strapi.db.connection, [
      { table: 'feed_staging_rows', columns: ['import_id', 'genesis_id'] },
      { table: 'feed_staging_rows', columns: ['import_id', 'beneficiary_id'] },
      { table: 'feed_staging_characteristics', columns: ['import_id', 'beneficiary_id'] },
      { table: 'feed_staging_characteristics', columns: ['import_id', 'genesis_id'] },
      { table: 'feed_imports', columns: ['status', 'extraction_date'] },
      { table: 'job_locks', columns: ['name'], unique: true },
    ]);
    if (strapi.config.get('server.cron.enabled', true)) strapi.plugin('genesis').service('feed-schedule').start();
  },
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('genesis').service('feed-schedule').stop();
  },
  contentTypes,
  controllers,
  routes,
  services,
};
