import type { ContentTypeView } from '../view-types';

type Field = 'title' | 'type' | 'operator' | 'date' | 'place' | 'commune' | 'capacity' | 'description' | 'active';

export const EVENT_VIEW: ContentTypeView<Field> = {
  uid: 'api::event.event',
  mainField: 'title',
  defaultSortBy: 'date',
  defaultSortOrder: 'DESC',
  pageSize: 20,
  list: ['title', 'type', 'date', 'commune', 'capacity', 'active'],
  fields: {
    title: { label: 'Intitulé' },
    type: { label: 'Type d’événement', description: 'Code d’une valeur de la liste « Types d’événement » (Listes de référence) : forum_emploi, salon…', column: 'Type' },
    operator: { label: 'Organisateur' },
    date: { label: 'Date' },
    place: { label: 'Lieu' },
    commune: { label: 'Commune' },
    capacity: { label: 'Nombre de places', description: 'Vide : sans limite.', column: 'Places' },
    description: { label: 'Description' },
    active: { label: 'Actif', description: 'Un événement désactivé n’est plus proposé à l’inscription.' },
  },
};
