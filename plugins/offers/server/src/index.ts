// The offers plugin (FEATURES O1–O5): positionnements → étapes and event registrations on the
// CMS's offers, sessions and events; the console API; at bootstrap its indexes, the guard that
// refuses deleting an offer, session or event someone is enrolled on (the admin panel shows the
// French message), the read-only guard on its own tables, and its items in the file's frise and
// the CER's objective links.
import type { Core } from '@strapi/strapi';
import { ensureIndexes, type AlertRegistry } from '@rsa/console-kit';
import contentTypes from './content-types';
import controllers from './controllers';
import { ensureOffersAdminRole } from './admin-role';
import { guardEnrolledDeletion } from './guards/enrolled-deletion';
import { guardSessionDates } from './guards/session-dates';
import routes from './routes';
import services from './services';
import { registerOffersInFile } from './services/timeline';
import { registerOffersFacets } from './services/facets';

const WRITE_ACTIONS = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    guardEnrolledDeletion(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureIndexes(strapi.db.connection, [
      { table: 'positionnements', columns: ['beneficiary_id'] },
      { table: 'positionnements', columns: ['offer_id', 'state'] },
      { table: 'positionnements', columns: ['collaborator_login'] },
      { table: 'event_registrations', columns: ['event_id'] },
      { table: 'event_registrations', columns: ['beneficiary_id'] },
    ]);
    strapi.documents.use(async (context, next) => {
      if (String(context.uid).startsWith('plugin::offers.') && WRITE_ACTIONS.has(String(context.action))) {
        throw new Error('Ces données sont en lecture seule : elles sont tenues par l’application.');
      }
      return next();
    });
    guardSessionDates(strapi);
    registerOffersInFile(strapi);
    registerOffersFacets(strapi);
    (strapi.plugin('file-active').service('alerts') as AlertRegistry).register(strapi.plugin('offers').service('follow-up').alertProvider());
    await ensureOffersAdminRole(strapi);
  },

  contentTypes,
  controllers,
  routes,
  services,
};
