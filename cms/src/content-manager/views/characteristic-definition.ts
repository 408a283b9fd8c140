import type { ContentTypeView } from '../view-types';

type Field = 'family' | 'name' | 'type' | 'source' | 'required' | 'position' | 'values';

export const CHARACTERISTIC_DEFINITION_VIEW: ContentTypeView<Field> = {
  uid: 'api::characteristic-definition.characteristic-definition',
  mainField: 'name',
  defaultSortBy: 'position',
  defaultSortOrder: 'ASC',
  pageSize: 50,
  list: ['name', 'family', 'type', 'source', 'required', 'position'],
  fields: {
    family: { label: 'Famille', description: 'Groupe sous lequel la caractéristique s’affiche dans le dossier.' },
    name: {
      label: 'Nom de la caractéristique',
      description: 'Une caractéristique alimentée par Genesis garde son nom : le flux la reconnaît par lui (le libellé de ses valeurs reste modifiable).',
    },
    type: { label: 'Type de valeur', description: 'Texte, date, nombre ou liste de valeurs (codes et libellés ci-dessous).', column: 'Type' },
    source: { label: 'Alimentation', description: 'Genesis : lue dans le flux de nuit, non modifiable dans la console. Équipes : saisie par les référents et secrétariats.' },
    required: { label: 'Requise', description: 'Une caractéristique requise et vide fait apparaître le dossier dans le rapport des caractéristiques manquantes.' },
    position: { label: 'Ordre d’affichage', column: 'Ordre' },
    values: { label: 'Valeurs de la liste', description: 'Pour le type liste : code enregistré, libellé affiché, autres écritures acceptées ; une valeur désactivée quitte les listes de choix mais reste affichée dans l’historique.' },
  },
};
