// Initial values of the configurable lists, taken from the old tool's guide and the
// département's practice. Functional admins edit them afterwards in the CMS admin panel.
export const TERRITORIES = [
  { code: 'NORD', name: 'DTAS Nord', arrondissement: '073' },
  { code: 'CENTRE', name: 'DTAS Centre', arrondissement: '072' },
  { code: 'SUD', name: 'DTAS Sud', arrondissement: '071' },
] as const;

export type StructureSeed = {
  code: string;
  name: string;
  kind: 'dtas' | 'ccas' | 'association' | 'france_travail' | 'mission_locale' | 'organisme_formation' | 'entreprise' | 'autre';
  territory: string;
  city: string;
  postalCode: string;
  profiles: Array<'accompagnateur' | 'employeur' | 'operateur' | 'prescripteur'>;
};

export const STRUCTURES: StructureSeed[] = [
  { code: 'DTAS-NORD', name: 'DTAS Insertion NORD', kind: 'dtas', territory: 'NORD', city: 'Annonay', postalCode: '07100', profiles: ['accompagnateur', 'prescripteur'] },
  { code: 'DTAS-CENTRE', name: 'DTAS Insertion CENTRE', kind: 'dtas', territory: 'CENTRE', city: 'Privas', postalCode: '07000', profiles: ['accompagnateur', 'prescripteur'] },
  { code: 'DTAS-SUD', name: 'DTAS Insertion SUD', kind: 'dtas', territory: 'SUD', city: 'Aubenas', postalCode: '07200', profiles: ['accompagnateur', 'prescripteur'] },
  { code: 'SIEGE', name: 'Département de l’Ardèche – Direction de l’insertion', kind: 'autre', territory: 'CENTRE', city: 'Privas', postalCode: '07000', profiles: [] },
  { code: 'CCAS-PRIVAS', name: 'C.C.A.S. Mairie de Privas', kind: 'ccas', territory: 'CENTRE', city: 'Privas', postalCode: '07000', profiles: ['accompagnateur'] },
  { code: 'CCAS-AUBENAS', name: "C.C.A.S. Mairie d'Aubenas", kind: 'ccas', territory: 'SUD', city: 'Aubenas', postalCode: '07200', profiles: ['accompagnateur'] },
  { code: 'CREAGESTION', name: 'CREAGESTION', kind: 'association', territory: 'CENTRE', city: 'Privas', postalCode: '07000', profiles: ['accompagnateur', 'operateur'] },
  { code: 'CEFORA', name: 'CEFORA', kind: 'organisme_formation', territory: 'CENTRE', city: 'Le Pouzin', postalCode: '07250', profiles: ['accompagnateur', 'operateur'] },
  { code: 'AMESUD', name: 'AMESUD', kind: 'association', territory: 'SUD', city: 'Aubenas', postalCode: '07200', profiles: ['accompagnateur', 'operateur'] },
  { code: 'FRANCE-TRAVAIL-PRIVAS', name: 'France Travail Privas', kind: 'france_travail', territory: 'CENTRE', city: 'Privas', postalCode: '07000', profiles: ['accompagnateur', 'prescripteur'] },
  { code: 'MISSION-LOCALE-AUBENAS', name: 'Mission locale Ardèche méridionale', kind: 'mission_locale', territory: 'SUD', city: 'Aubenas', postalCode: '07200', profiles: ['accompagnateur', 'prescripteur'] },
];

export const CLASSIFICATIONS = [
  'Diagnostic', 'Formation', 'Emploi', 'Insertion par l’activité économique', 'Mobilité', 'Santé',
  'Logement', 'Budget', 'Création d’entreprise (TNS)', 'Lien social', 'Numérique',
];

export const DOCUMENT_NOMENCLATURE: Array<{ folder: string; scope: 'dispositif' | 'hors_accompagnement'; types: string[] }> = [
  { folder: 'Contrats', scope: 'dispositif', types: ['CER signé', 'Avenant au CER', 'Décision CER'] },
  { folder: 'Courriers', scope: 'dispositif', types: ['Convocation', 'Courrier de relance', 'Mise en demeure'] },
  { folder: 'Parcours', scope: 'dispositif', types: ['CV', 'Bilan de fin d’étape', 'Attestation de formation', 'Formulaire'] },
  { folder: 'Justificatifs', scope: 'hors_accompagnement', types: ['Pièce d’identité', 'Justificatif de domicile', 'Attestation CAF/MSA'] },
];

type ListCode =
  | 'appointment_type' | 'appointment_theme' | 'appointment_outcome' | 'place' | 'standby_motif'
  | 'cer_objective_theme' | 'cer_priority' | 'step_end_reason' | 'event_type' | 'job_wish' | 'sector_wish' | 'skill' | 'difficulty';

export const REFERENCE_LISTS: Record<ListCode, string[]> = {
  appointment_type: ['Entretien individuel référent', 'Entretien téléphonique', 'Visite à domicile', 'Entretien en visioconférence', 'Rendez-vous collectif', 'Pas d’entretien'],
  appointment_theme: ['Premier entretien', 'Élaboration du CER', 'Renouvellement CER', 'Suivi de parcours', 'Bilan d’étape', 'Préparation de la sortie', 'Mise en demeure'],
  appointment_outcome: ['Prévu', 'Honoré', 'Absence justifiée', 'Absence non justifiée', 'Annulé par le référent', 'Annulé par le bénéficiaire'],
  place: ['DTAS Nord – Annonay', 'DTAS Centre – Privas', 'DTAS Sud – Aubenas', 'CMS Tournon-sur-Rhône', 'CMS Le Cheylard', 'CMS Largentière', 'Mairie', 'Domicile du bénéficiaire'],
  standby_motif: ['Hospitalisation / soins', 'Congé maternité / parental', 'Incarcération', 'Formation longue', 'Déménagement en cours', 'Situation en cours d’examen', 'Autre motif'],
  cer_objective_theme: ['Emploi', 'Formation', 'Santé', 'Logement', 'Mobilité', 'Budget / accès aux droits', 'Vie sociale et familiale', 'Création ou développement d’activité', 'Savoirs de base / numérique'],
  cer_priority: ['Normale', 'Prioritaire', 'Urgente'],
  step_end_reason: ['Étape réalisée', 'Abandon', 'Réorientation', 'Accès à l’emploi', 'Accès à la formation', 'Non présenté', 'Autre'],
  event_type: ['Forum emploi', 'Rencontre employeurs', 'Information collective', 'Salon', 'Atelier'],
  job_wish: ['Agent d’entretien', 'Aide à domicile', 'Agent de restauration', 'Vendeur / vendeuse', 'Ouvrier agricole', 'Cariste', 'Agent administratif', 'Chauffeur livreur', 'Maçon', 'Animateur / animatrice'],
  sector_wish: ['Agriculture', 'Bâtiment', 'Commerce', 'Hôtellerie-restauration', 'Industrie', 'Services à la personne', 'Transport et logistique', 'Tourisme', 'Administration'],
  skill: ['Permis B', 'Travail en équipe', 'Bureautique', 'Accueil du public', 'Langue étrangère', 'Manutention'],
  difficulty: ['Mobilité', 'Santé', 'Logement', 'Garde d’enfants', 'Maîtrise du français', 'Numérique', 'Endettement'],
};
