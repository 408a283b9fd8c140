import type * as React from 'react';
import type { StrapiApp } from '@strapi/strapi/admin';
import { BulletList, Key } from '@strapi/icons';
import { AccessLinkPanel } from './components/access-link-panel';
import { FRENCH_OVERRIDES } from './translations/fr';

// The panel takes its language from the admin's `preferedLanguage` once logged in, and from
// localStorage before (log-in page): French unless the admin chose otherwise.
const LANGUAGE_KEY = 'strapi-admin-language';

// Custom field inputs receive the field's props (name, label, attribute…) from the content
// manager; Strapi's type for the loader only knows a prop-less component.
type InputModule = { default: React.ComponentType };
const input = (load: () => Promise<unknown>) => async () => (await load()) as InputModule;

// Offline installations: no release notifications, no tutorials, French first.
export default {
  config: {
    locales: ['fr'],
    notifications: { releases: false },
    tutorials: false,
    translations: { fr: FRENCH_OVERRIDES },
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
      components: { Input: input(() => import('./components/profiles-input')) },
    });
    app.customFields.register({
      name: 'reference-list',
      type: 'enumeration',
      intlLabel: { id: 'rsa.reference-list.label', defaultMessage: 'Liste de référence' },
      intlDescription: { id: 'rsa.reference-list.description', defaultMessage: 'Choix d’une liste de référence par son nom' },
      icon: BulletList,
      components: { Input: input(() => import('./components/reference-list-input')) },
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
