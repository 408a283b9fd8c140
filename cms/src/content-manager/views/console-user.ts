import type { ContentTypeView } from '../view-types';

// passwordHash is not listed: it is hidden from the content manager altogether.
type Field =
  | 'login' | 'name' | 'email' | 'profiles' | 'structureCode' | 'territoryCode' | 'canLogin' | 'active'
  | 'passwordChangedAt' | 'lastLoginAt';

export const CONSOLE_USER_VIEW: ContentTypeView<Field> = {
  uid: 'plugin::accounts.console-user',
  mainField: 'name',
  defaultSortBy: 'name',
  defaultSortOrder: 'ASC',
  pageSize: 20,
  // Profiles (JSON) are not a column the content manager lists: src/admin/app.tsx adds it.
  list: ['name', 'login', 'structureCode', 'active', 'lastLoginAt'],
  fields: {
    login: { label: 'Identifiant', description: 'Identifiant de connexion à la console (minuscules, ex. prenom.nom).', placeholder: 'prenom.nom' },
    name: { label: 'Nom affiché', placeholder: 'Prénom NOM', column: 'Nom' },
    email: { label: 'Courriel', description: 'Adresse à laquelle est envoyé le lien de première connexion ou de réinitialisation.' },
    profiles: { label: 'Profils', description: 'Ce que le collaborateur peut faire dans la console (voir le guide des droits).' },
    structureCode: { label: 'Structure', description: 'Code de la structure du collaborateur (ex. DTAS-NORD).' },
    territoryCode: { label: 'Territoire', description: 'Code du territoire (DTAS) du collaborateur (ex. NORD).' },
    canLogin: { label: 'Peut se connecter', description: 'Devient vrai quand le collaborateur a choisi son mot de passe.' },
    active: { label: 'Actif', description: 'Un compte inactif ne peut plus se connecter.' },
    passwordChangedAt: { label: 'Mot de passe changé le' },
    lastLoginAt: { label: 'Dernière connexion', column: 'Dernière connexion' },
  },
};
