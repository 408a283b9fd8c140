import type { ContentTypeView } from '../view-types';

type Field = 'name' | 'scope' | 'position' | 'documentTypes';

export const DOCUMENT_FOLDER_VIEW: ContentTypeView<Field> = {
  uid: 'api::document-folder.document-folder',
  mainField: 'name',
  defaultSortBy: 'position',
  defaultSortOrder: 'ASC',
  pageSize: 20,
  list: ['name', 'scope', 'position'],
  fields: {
    name: { label: 'Nom du répertoire' },
    scope: { label: 'Portée', description: '« dispositif » : pièces de l’accompagnement RSA ; « hors_accompagnement » : pièces conservées hors du parcours.' },
    position: { label: 'Ordre d’affichage', description: 'Les répertoires sont affichés par ordre croissant.', column: 'Ordre' },
    documentTypes: { label: 'Types de document', description: 'Types de document rangés dans ce répertoire.' },
  },
};
