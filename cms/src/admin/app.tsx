import type { StrapiApp } from '@strapi/strapi/admin';

// Offline installations: no release notifications, no tutorials, French first.
export default {
  config: {
    locales: ['fr'],
    notifications: { releases: false },
    tutorials: false,
  },
  bootstrap(_app: StrapiApp) {},
};
