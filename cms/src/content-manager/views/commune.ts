import type { ContentTypeView } from '../view-types';

type Field = 'inseeCode' | 'name' | 'postalCode' | 'arrondissement' | 'territory';

export const COMMUNE_VIEW: ContentTypeView<Field> = {
  uid: 'api::commune.commune',
  mainField: 'name',
  defaultSortBy: 'name',
  defaultSortOrder: 'ASC',
  pageSize: 50,
  list: ['name', 'postalCode', 'inseeCode', 'territory'],
  fields: {
    inseeCode: { label: 'Code INSEE', description: 'Code officiel géographique (5 caractères).', placeholder: '07186', column: 'INSEE' },
    name: { label: 'Nom' },
    postalCode: { label: 'Code postal' },
    arrondissement: { label: 'Arrondissement', description: 'Code INSEE de l’arrondissement.' },
    territory: { label: 'Territoire', description: 'Territoire (DTAS) qui couvre la commune : il fixe le territoire des dossiers qui y résident.' },
  },
};
