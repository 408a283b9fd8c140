import type { ContentTypeView } from '../view-types';

type Field = 'name' | 'position' | 'characteristics';

export const CHARACTERISTIC_FAMILY_VIEW: ContentTypeView<Field> = {
  uid: 'api::characteristic-family.characteristic-family',
  mainField: 'name',
  defaultSortBy: 'position',
  defaultSortOrder: 'ASC',
  pageSize: 20,
  list: ['name', 'position'],
  fields: {
    name: { label: 'Nom de la famille', description: 'Titre du groupe de caractéristiques dans le dossier (ex. Situation RSA).' },
    position: { label: 'Ordre d’affichage', description: 'Les familles s’affichent par ordre croissant.', column: 'Ordre' },
    characteristics: { label: 'Caractéristiques de la famille' },
  },
};
