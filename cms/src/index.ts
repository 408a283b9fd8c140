import type { Core } from '@strapi/strapi';
import { seedReferenceData } from './seed/seed-reference-data';

// The console is served by the global::console middleware (config/middlewares.ts), behind
// strapi::security like every other response.
export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Reference data is seeded once, on an empty database; afterwards it belongs to the
    // functional admins (Strapi admin panel).
    await seedReferenceData(strapi);
  },
};
