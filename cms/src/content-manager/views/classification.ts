import type { ContentTypeView } from '../view-types';

type Field = 'name' | 'active';

export const CLASSIFICATION_VIEW: ContentTypeView<Field> = {
  uid: 'api::classification.classification',
  mainField: 'name',
  defaultSortBy: 'name',
  defaultSortOrder: 'ASC',
  pageSize: 20,
  list: ['name', 'active'],
  fields: {
    name: { label: 'Nom', description: 'Classification des offres et des étapes de parcours.' },
    active: { label: 'Active', description: 'Une classification inactive disparaît des listes de choix.' },
  },
};
