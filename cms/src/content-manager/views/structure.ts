import type { ContentTypeView } from '../view-types';

type Field =
  | 'code' | 'name' | 'kind' | 'addressLine1' | 'addressLine2' | 'postalCode' | 'city' | 'phone' | 'email'
  | 'siret' | 'nafCode' | 'legalForm' | 'privilegedCollaborator' | 'isAccompagnateur' | 'isEmployeur'
  | 'isOperateur' | 'isPrescripteur' | 'territory' | 'active';

export const STRUCTURE_VIEW: ContentTypeView<Field> = {
  uid: 'api::structure.structure',
  mainField: 'name',
  defaultSortBy: 'name',
  defaultSortOrder: 'ASC',
  pageSize: 20,
  list: ['code', 'name', 'kind', 'city', 'territory', 'active'],
  fields: {
    code: { label: 'Code', description: 'Code court et stable (ex. DTAS-NORD) : c’est lui que reprennent le flux Genesis et les comptes des collaborateurs.', placeholder: 'DTAS-NORD' },
    name: { label: 'Nom', description: 'Nom affiché partout dans la console.' },
    kind: { label: 'Type de structure', column: 'Type' },
    addressLine1: { label: 'Adresse', placeholder: 'N° et voie' },
    addressLine2: { label: 'Complément d’adresse', placeholder: 'Bâtiment, étage…' },
    postalCode: { label: 'Code postal', placeholder: '07000' },
    city: { label: 'Commune' },
    phone: { label: 'Téléphone' },
    email: { label: 'Courriel' },
    siret: { label: 'SIRET', description: '14 chiffres.' },
    nafCode: { label: 'Code NAF (APE)', placeholder: '8899B' },
    legalForm: { label: 'Forme juridique' },
    privilegedCollaborator: { label: 'Interlocuteur privilégié', description: 'Personne à contacter dans la structure.' },
    isAccompagnateur: { label: 'Structure accompagnatrice', description: 'Ses référents peuvent porter des parcours.', column: 'Accompagnatrice' },
    isEmployeur: { label: 'Employeur', description: 'Peut proposer des offres d’emploi.' },
    isOperateur: { label: 'Opérateur', description: 'Porte des étapes ou des actions d’insertion.' },
    isPrescripteur: { label: 'Prescripteur', description: 'Peut prescrire des étapes de parcours.' },
    territory: { label: 'Territoire', description: 'Territoire d’action sociale (DTAS) de rattachement.' },
    active: { label: 'Active', description: 'Une structure inactive disparaît des listes de choix mais reste affichée dans l’historique.' },
  },
};
