import type { ContentTypeView } from '../view-types';

type Field = 'offer' | 'label' | 'startDate' | 'endDate' | 'capacity' | 'active';

export const OFFER_SESSION_VIEW: ContentTypeView<Field> = {
  uid: 'api::offer-session.offer-session',
  mainField: 'label',
  defaultSortBy: 'startDate',
  defaultSortOrder: 'ASC',
  pageSize: 20,
  list: ['offer', 'label', 'startDate', 'endDate', 'capacity', 'active'],
  fields: {
    offer: { label: 'Offre de service' },
    label: { label: 'Libellé', placeholder: 'Session de printemps' },
    startDate: { label: 'Début' },
    endDate: { label: 'Fin' },
    capacity: { label: 'Nombre de places', description: 'Une session complète refuse tout nouveau positionnement.', column: 'Places' },
    active: { label: 'Active', description: 'Une session désactivée n’est plus proposée.' },
  },
};
