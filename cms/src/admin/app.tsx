import type { StrapiApp } from '@strapi/strapi/admin';
import { BulletList, Key } from '@strapi/icons';
import { AccessLinkPanel } from './components/access-link-panel';

// The panel takes its language from the admin's `preferedLanguage` once logged in, and from
// localStorage before (log-in page): French unless the admin chose otherwise.
const LANGUAGE_KEY = 'strapi-admin-language';

// Offline installations: no release notifications, no tutorials, French first.
export default {
  config: {
    locales: ['fr'],
    notifications: { releases: false },
    tutorials: false,
    translations: {
      fr: {
        'rsa.reference-lists.menu': 'Listes de référence',
        'rsa.profiles.label': 'Profils',
        'rsa.profiles.description': 'Cases à cocher des profils de la console',
        'rsa.reference-list.label': 'Liste de référence',
        'rsa.reference-list.description': 'Choix d’une liste de référence par son nom',
      },
    },
  },
  register(app: StrapiApp) {
    if (typeof window !== 'undefined' && !window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'fr');
    app.customFields.register({
      name: 'profiles',
      pluginId: 'accounts',
      type: 'json',
      intlLabel: { id: 'rsa.profiles.label', defaultMessage: 'Profils' },
      intlDescription: { id: 'rsa.profiles.description', defaultMessage: 'Cases à cocher des profils de la console' },
      icon: Key,
      components: { Input: async () => import('./components/profiles-input') },
    });
    app.customFields.register({
      name: 'reference-list',
      type: 'enumeration',
      intlLabel: { id: 'rsa.reference-list.label', defaultMessage: 'Liste de référence' },
      intlDescription: { id: 'rsa.reference-list.description', defaultMessage: 'Choix d’une liste de référence par son nom' },
      icon: BulletList,
      components: { Input: async () => import('./components/reference-list-input') },
    });
    app.addMenuLink({
      to: 'listes-de-reference',
      icon: BulletList,
      intlLabel: { id: 'rsa.reference-lists.menu', defaultMessage: 'Listes de référence' },
      Component: () => import('./pages/reference-lists-page'),
      permissions: [],
    });
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: { addEditViewSidePanel(panels: unknown[]): void } };
    contentManager.apis.addEditViewSidePanel([AccessLinkPanel]);
  },
};
