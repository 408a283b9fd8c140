import type { ContentTypeView } from '../view-types';

type Field = 'at' | 'login' | 'profile' | 'action' | 'beneficiaryId';

export const AUDIT_ENTRY_VIEW: ContentTypeView<Field> = {
  uid: 'plugin::file-active.audit-entry',
  mainField: 'action',
  defaultSortBy: 'at',
  defaultSortOrder: 'DESC',
  pageSize: 50,
  list: ['at', 'login', 'profile', 'action', 'beneficiaryId'],
  fields: {
    at: { label: 'Date et heure', description: 'Moment de l’accès (filtre « période » : est après / est avant).', column: 'Date' },
    login: { label: 'Collaborateur', description: 'Identifiant de la personne qui a consulté, modifié ou exporté.' },
    profile: { label: 'Profil(s)', column: 'Profil' },
    action: { label: 'Action', description: 'read : consultation, change : modification, export : export ; suivi de l’objet concerné.' },
    beneficiaryId: { label: 'Dossier (n°)', description: 'Numéro interne du dossier bénéficiaire concerné.', column: 'Dossier' },
  },
};
