import type { ContentTypeView } from '../view-types';

type Field = 'code' | 'name' | 'active' | 'communes';

export const TERRITORY_VIEW: ContentTypeView<Field> = {
  uid: 'api::territory.territory',
  mainField: 'name',
  defaultSortBy: 'name',
  defaultSortOrder: 'ASC',
  pageSize: 20,
  list: ['code', 'name', 'active'],
  fields: {
    code: { label: 'Code', description: 'Code court et stable (ex. NORD), repris par le flux Genesis et les comptes des collaborateurs.', placeholder: 'NORD' },
    name: { label: 'Nom', placeholder: 'DTAS Nord' },
    active: { label: 'Actif', description: 'Un territoire inactif disparaît des listes de choix.' },
    communes: { label: 'Communes', description: 'Communes rattachées à ce territoire.' },
  },
};
