import type { ContentTypeView } from '../view-types';

type Field =
  | 'title' | 'operator' | 'signatory' | 'classifications' | 'dispositif' | 'startDate' | 'endDate' | 'description'
  | 'commune' | 'capacity' | 'partnerRequired' | 'attendanceRequired' | 'bySessions' | 'requestedCharacteristics'
  | 'sessions' | 'active' | 'fseOperation';

export const OFFER_VIEW: ContentTypeView<Field> = {
  uid: 'api::offer.offer',
  mainField: 'title',
  defaultSortBy: 'title',
  defaultSortOrder: 'ASC',
  pageSize: 20,
  list: ['title', 'operator', 'startDate', 'endDate', 'dispositif', 'active'],
  fields: {
    title: { label: 'Intitulé', description: 'Nom de l’offre affiché dans le catalogue, les positionnements et la frise des dossiers (un changement s’y voit partout).' },
    operator: { label: 'Opérateur', description: 'Structure qui porte l’offre : ses opérateurs répondent aux positionnements et saisissent les présences.' },
    signatory: { label: 'Signataire', description: 'Identifiant du collaborateur signataire de l’offre.' },
    classifications: { label: 'Classifications', description: 'Catégories de l’offre (arborescence des classifications) : le catalogue se filtre par elles.' },
    dispositif: { label: 'Dispositif' },
    startDate: { label: 'Début', description: 'Les dates prévues d’un positionnement doivent être comprises dans la période de l’offre.' },
    endDate: { label: 'Fin' },
    description: { label: 'Description' },
    commune: { label: 'Commune', description: 'Lieu où se déroule l’offre (recherche du catalogue par commune).' },
    capacity: { label: 'Nombre de places', description: 'Pour une offre sans sessions : au-delà, un nouveau positionnement est refusé. Vide : sans limite.', column: 'Places' },
    partnerRequired: { label: 'Partenaire obligatoire dans l’étape' },
    attendanceRequired: { label: 'Saisie des présences obligatoire' },
    bySessions: { label: 'Fonctionne par sessions', description: 'Le positionnement choisit alors une session (places par session).' },
    requestedCharacteristics: { label: 'Caractéristiques demandées en fin d’étape', description: 'Par exemple « Bilan de fin d’étape ».' },
    sessions: { label: 'Sessions' },
    fseOperation: { label: 'Opération FSE', description: 'Offre FSE : une étape sur cette offre passe en convention sur l’opération (dates comprises dans l’opération, pas de chevauchement avec une autre étape FSE, questionnaires d’entrée et de sortie).' },
    active: { label: 'Active', description: 'Une offre désactivée disparaît du catalogue et des listes de choix ; ses positionnements restent dans l’historique. Une offre avec des inscrits ne peut pas être supprimée : désactivez-la.' },
  },
};
