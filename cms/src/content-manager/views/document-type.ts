import type { ContentTypeView } from '../view-types';

type Field = 'name' | 'code' | 'folder' | 'active';

export const DOCUMENT_TYPE_VIEW: ContentTypeView<Field> = {
  uid: 'api::document-type.document-type',
  mainField: 'name',
  defaultSortBy: 'name',
  defaultSortOrder: 'ASC',
  pageSize: 20,
  list: ['name', 'folder', 'active'],
  fields: {
    name: { label: 'Nom du type de document' },
    code: { label: 'Code', description: 'Code stable utilisé par l’API et les imports (rempli depuis le nom s’il est vide).' },
    folder: { label: 'Répertoire', description: 'Répertoire dans lequel ces documents sont rangés.' },
    active: { label: 'Actif', description: 'Un type inactif disparaît des listes de choix mais reste affiché sur les documents existants.' },
  },
};
