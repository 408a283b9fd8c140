// Genesis feed: the nightly import, its history and its job.
import type { Core } from '@strapi/strapi';
import { ensureIndexes, isPostgres } from '@rsa/console-kit';
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
      { table: 'feed_person_hashes', columns: ['beneficiary_id'], unique: true },
      { table: 'job_locks', columns: ['name'], unique: true },
    ]);
    // The staging tables only ever hold rows of an import's own transaction: UNLOGGED spares
    // writing them to the WAL (PostgreSQL empties them after a crash, which loses nothing).
    const knex = strapi.db.connection as unknown as Parameters<typeof isPostgres>[0] & { raw(sql: string, b?: unknown[]): Promise<{ rows: Array<{ relname: string }> }> };
    if (isPostgres(knex)) {
      const logged = await knex.raw(
        "SELECT relname FROM pg_class WHERE relname IN ('feed_staging_rows', 'feed_staging_characteristics') AND relkind = 'r' AND relpersistence = 'p'",
      );
      for (const { relname } of logged.rows) await knex.raw(`ALTER TABLE ${relname} SET UNLOGGED`);
    }
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
