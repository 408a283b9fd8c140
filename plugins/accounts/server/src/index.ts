// Accounts: console collaborators, sessions, log-in, password policy and reset links.
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ConsoleError, ensureIndexes } from '@rsa/console-kit';
import { registerCollaboratorGuard } from './admin-guard';
import contentTypes from './content-types';
import controllers from './controllers';
import { consoleSession } from './middlewares/console-session';
import routes from './routes';
import services from './services';
import { USER_UID } from './services/users';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Profiles as checkboxes in the admin panel (cms/src/admin/app.tsx registers the input).
    strapi.customFields.register({ name: 'profiles', plugin: 'accounts', type: 'json' });
    registerCollaboratorGuard(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // A collaborator edited in the admin panel gets the same check as users:upsert: structure and
    // territory must be existing, active codes of the CMS (the panel shows the French message).
    const checkOrganisation = async (event: { params: { data?: Record<string, unknown> } }) => {
      const data = event.params.data;
      if (!data) return;
      const organisation = strapi.plugin('accounts').service('organisation');
      try {
        if (typeof data.structureCode === 'string') data.structureCode = (await organisation.requireStructure(data.structureCode)).code;
        if (typeof data.territoryCode === 'string' && data.territoryCode.trim() !== '') data.territoryCode = await organisation.requireTerritory(data.territoryCode);
      } catch (error) {
        if (error instanceof ConsoleError) throw new errors.ValidationError(error.message);
        throw error;
      }
    };
    strapi.db.lifecycles.subscribe({ models: [USER_UID], beforeCreate: checkOrganisation, beforeUpdate: checkOrganisation });
    await ensureIndexes(strapi.db.connection, [
      { table: 'console_users', columns: ['login'], unique: true },
      { table: 'console_sessions', columns: ['token_hash'], unique: true },
      { table: 'console_sessions', columns: ['user_id'] },
      { table: 'login_throttles', columns: ['login'], unique: true },
      { table: 'reset_links', columns: ['token_hash'], unique: true },
    ]);
  },
  contentTypes,
  controllers,
  // Listed in cms/config/middlewares.ts, after strapi::security: a 401 carries the same
  // protective headers as any other response.
  middlewares: { 'console-session': (_config: unknown, { strapi }: { strapi: Core.Strapi }) => consoleSession(strapi) },
  routes,
  services,
};
