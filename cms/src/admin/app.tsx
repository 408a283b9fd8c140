import type * as React from 'react';
import { Typography } from '@strapi/design-system';
import type { StrapiApp } from '@strapi/strapi/admin';
import { BulletList, Key } from '@strapi/icons';
import { AccessLinkPanel } from './components/access-link-panel';
import { FRENCH_OVERRIDES } from './translations/fr';
import { referenceListName } from '../content-manager/reference-list-names';
import { isProfile, profileShortLabels } from '../../../packages/vocabulary/src/profiles';

// The panel takes its language from the admin's `preferedLanguage` once logged in, and from
// localStorage before (log-in page): French unless the admin chose otherwise.
const LANGUAGE_KEY = 'strapi-admin-language';

// Custom field inputs receive the field's props (name, label, attribute…) from the content
// manager; Strapi's type for the loader only knows a prop-less component.
// Formatted list cells, in the same type as the content manager's own cells.
const CellText = ({ children }: { children: React.ReactNode }) => (
  <Typography textColor="neutral800" ellipsis>
    {children}
  </Typography>
);

type ListHeader = { name: string; label: string; searchable: boolean; sortable: boolean; attribute?: { type: string; customField?: string }; cellFormatter?: (row: Record<string, unknown>) => React.ReactNode };
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
    // List views: a reference item's list by its French name; a collaborator's profiles (a JSON
    // field, which the content manager does not list by itself) in words.
    app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', ({ displayedHeaders, layout }: { displayedHeaders: ListHeader[]; layout: unknown }) => {
      const headers = displayedHeaders.map((header) =>
        header.attribute?.customField === 'global::reference-list'
          ? { ...header, cellFormatter: (row: Record<string, unknown>) => <CellText>{referenceListName(String(row[header.name] ?? ''))}</CellText> }
          : header,
      );
      if (window.location.pathname.includes('plugin::accounts.console-user') && !headers.some((header) => header.name === 'profiles')) {
        const after = headers.findIndex((header) => header.name === 'login');
        headers.splice(after >= 0 ? after + 1 : headers.length, 0, {
          name: 'profiles',
          label: 'Profils',
          searchable: false,
          sortable: false,
          attribute: { type: 'json' },
          cellFormatter: (row: Record<string, unknown>) => <CellText>{profileShortLabels((Array.isArray(row.profiles) ? row.profiles : []).filter(isProfile))}</CellText>,
        });
      }
      return { displayedHeaders: headers, layout };
    });
    const contentManager = app.getPlugin('content-manager') as unknown as { apis: { addEditViewSidePanel(panels: unknown[]): void } };
    contentManager.apis.addEditViewSidePanel([AccessLinkPanel]);
  },
};
