import type { Core } from '@strapi/strapi';
import { serveConsole } from './console/serve-console';
import { guardGenesisCharacteristics } from './seed/guard-genesis-characteristics';
import { guardReferenceItems } from './seed/guard-reference-items';
import { seedCharacteristicCatalogue } from './seed/seed-characteristic-catalogue';
import { seedReferenceData } from './seed/seed-reference-data';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.server.use(serveConsole() as never);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Reference data is seeded once, on an empty database; afterwards it belongs to the
    // functional admins (Strapi admin panel).
    await seedReferenceData(strapi);
    await seedCharacteristicCatalogue(strapi);
    guardGenesisCharacteristics(strapi);
    guardReferenceItems(strapi);
  },
};
