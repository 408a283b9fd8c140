// Accounts: console collaborators, sessions, log-in, password policy and reset links.
import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import controllers from './controllers';
import { consoleSession } from './middlewares/console-session';
import routes from './routes';
import services from './services';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.server.use(consoleSession(strapi) as never);
  },
  bootstrap() {},
  contentTypes,
  controllers,
  routes,
  services,
};
