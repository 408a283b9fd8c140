// The fse plugin (FEATURES O6): FSE+ operations (CMS content), the passage en convention of the
// étapes on their offers, the entry and exit questionnaires, the gestionnaire FSE's console API.
// At bootstrap: its indexes, the read-only guard on its own tables, the questions seeded on an
// empty table, and its rule on the offers plugin's étapes (overlaps, operation dates, convention).
import type { Core } from '@strapi/strapi';
import { ensureIndexes } from '@rsa/console-kit';
import contentTypes from './content-types';
import controllers from './controllers';
import routes from './routes';
import services from './services';
import { getService } from './services/get-service';

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

type StepRules = { register(rule: unknown): void };

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureIndexes(strapi.db.connection, [
      { table: 'fse_conventions', columns: ['positionnement_id'], unique: true },
      { table: 'fse_conventions', columns: ['beneficiary_id'] },
      { table: 'fse_conventions', columns: ['operation_id'] },
      { table: 'fse_questionnaires', columns: ['convention_id', 'kind'], unique: true },
    ]);
    strapi.documents.use(async (context, next) => {
      if (String(context.uid).startsWith('plugin::fse.') && WRITE_ACTIONS.has(String(context.action))) {
        throw new Error('Ces données sont en lecture seule : elles sont tenues par l’application.');
      }
      return next();
    });
    await getService(strapi, 'questions').seed();
    const stepRules = strapi.plugin('offers').service('step-rules') as StepRules;
    stepRules.register(getService(strapi, 'operations').stepRule);
  },

  contentTypes,
  controllers,
  routes,
  services,
};
