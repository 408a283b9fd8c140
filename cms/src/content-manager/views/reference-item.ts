import type { ContentTypeView } from '../view-types';

type Field = 'list' | 'code' | 'label' | 'active' | 'position';

export const REFERENCE_ITEM_VIEW: ContentTypeView<Field> = {
  uid: 'api::reference-item.reference-item',
  mainField: 'label',
  defaultSortBy: 'position',
  defaultSortOrder: 'ASC',
  pageSize: 50,
  list: ['label', 'list', 'code', 'position', 'active'],
  fields: {
    list: { label: 'Liste', description: 'Liste à laquelle appartient la valeur (motifs de veille, types d’entretien…).' },
    code: { label: 'Code', description: 'Code stable enregistré dans les dossiers : ne le changez pas une fois la valeur utilisée.', placeholder: 'hospitalisation_soins' },
    label: { label: 'Libellé', description: 'Texte affiché dans la console.' },
    active: { label: 'Active', description: 'Une valeur inactive disparaît des listes de choix et est refusée à la saisie, mais reste affichée dans l’historique.' },
    position: { label: 'Ordre d’affichage', description: 'Les valeurs sont proposées par ordre croissant.', column: 'Ordre' },
  },
};
