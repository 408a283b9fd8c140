// The file's document store (FEATURES D2), the mail merge's filing and the signed CER's evidence:
// content types, the console API, indexes, the type codes of the nomenclature, and the nightly
// retention sweep (documents follow their file).
import type { Core } from '@strapi/strapi';
import { acquireJobLock, ensureIndexes, rowsOf, type Knex } from '@rsa/console-kit';
import { documentTypeCode } from '../../domain/document-name';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import { registerMergeTemplateGuard } from './uploads/merge-template-guard';

export const DOCUMENTS_SWEEP_RULE = '45 3 * * *';

/** Document types created without a code (by an admin) get one from their name. */
const backfillTypeCodes = async (strapi: Core.Strapi): Promise<void> => {
  const knex = strapi.db.connection as unknown as Knex;
  const rows = rowsOf<{ id: number; name: string }>(await knex.raw("SELECT id, name FROM document_types WHERE code IS NULL OR code = ''"));
  for (const row of rows) await knex.raw('UPDATE document_types SET code = ? WHERE id = ?', [documentTypeCode(row.name), row.id]);
};

export const runDocumentsSweep = async (strapi: Core.Strapi): Promise<number | null> => {
  const lock = await acquireJobLock(strapi.db.connection, 'documents-sweep');
  if (lock === null) return null;
  try {
    return (await strapi.plugin('documents').service('document-store').purgeOrphans()) as number;
  } finally {
    await lock.release();
  }
};

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureIndexes(strapi.db.connection, [{ table: 'file_documents', columns: ['beneficiary_id'] }]);
    await backfillTypeCodes(strapi);
    await registerMergeTemplateGuard(strapi);
    if (strapi.config.get('server.cron.enabled', false)) {
      strapi.cron.add({
        documentsSweep: {
          task: async () => {
            try {
              const purged = await runDocumentsSweep(strapi);
              if (purged) strapi.log.info(`Documents : ${purged} document(s) de dossiers supprimés retiré(s) du stockage.`);
            } catch (error) {
              strapi.log.error(`Nettoyage des documents en échec : ${(error as Error).message}`);
            }
          },
          options: { rule: DOCUMENTS_SWEEP_RULE, tz: 'Europe/Paris' },
        },
      });
    }
  },

  contentTypes,
  controllers,
  routes,
  services,
};
