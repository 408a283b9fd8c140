// global::console (config/middlewares.ts): the console at /console/, behind strapi::security.
import { serveConsole } from '../console/serve-console';

export default () => serveConsole();
