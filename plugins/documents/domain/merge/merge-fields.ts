import type { MergeTemplateKind } from './merge-template-kind';

// The merge fields of each kind (FEATURES D1, A5): one list, read by the merge, by the check at
// upload and by the help shown to the functional admin in the CMS. Flat names, because
// docxtemplater's default parser does not follow dotted paths.
const PERSON_FIELDS = {
  civility: 'Civilité de la personne',
  lastName: 'Nom',
  firstName: 'Prénom',
  fullName: 'Prénom et NOM',
  birthDate: 'Date de naissance (jj/mm/aaaa)',
  fileNumber: 'Numéro de dossier',
  address: 'Adresse postale (plusieurs lignes)',
  referentName: 'Nom du référent de parcours',
  referentStructure: 'Structure du référent de parcours',
  senderName: 'Nom de l’utilisateur qui édite le document',
  today: 'Date du jour (jj/mm/aaaa)',
} as const;

const CONTACT_FIELDS = {
  phone: 'Téléphone de la personne',
  email: 'Courriel de la personne',
} as const;

const APPOINTMENT_FIELDS = {
  appointmentDate: 'Date du rendez-vous (jj/mm/aaaa)',
  appointmentDay: 'Jour du rendez-vous en toutes lettres (ex. : mardi 14 mai 2024)',
  appointmentTime: 'Heure du rendez-vous (ex. : 14 h 30)',
  appointmentEnd: 'Heure de fin (ex. : 15 h 15)',
  duration: 'Durée (ex. : 45 min)',
  appointmentType: 'Type d’entretien',
  appointmentTheme: 'Thème de l’entretien',
  place: 'Lieu du rendez-vous',
  collaboratorName: 'Collaborateur qui reçoit la personne',
  collaboratorStructure: 'Structure du collaborateur',
} as const;

const COLLECTIVE_FIELDS = { capacity: 'Nombre de places de la séance collective' } as const;

export const MERGE_FIELD_LABELS = { ...PERSON_FIELDS, ...CONTACT_FIELDS, ...APPOINTMENT_FIELDS, ...COLLECTIVE_FIELDS } as const;
export type MergeField = keyof typeof MERGE_FIELD_LABELS;

const keys = <T extends object>(o: T): Array<keyof T> => Object.keys(o) as Array<keyof T>;

export const MERGE_FIELDS: Readonly<Record<MergeTemplateKind, readonly MergeField[]>> = {
  formulaire: [...keys(PERSON_FIELDS), ...keys(CONTACT_FIELDS)],
  courrier: [...keys(PERSON_FIELDS), ...keys(APPOINTMENT_FIELDS)],
  'convocation-individuelle': [...keys(PERSON_FIELDS), ...keys(APPOINTMENT_FIELDS)],
  'convocation-collective': [...keys(PERSON_FIELDS), ...keys(APPOINTMENT_FIELDS), ...keys(COLLECTIVE_FIELDS)],
};

export type MergeValues = Partial<Record<MergeField, string>>;
