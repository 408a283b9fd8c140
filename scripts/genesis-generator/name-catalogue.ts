/**
 * Word lists for realistic feeds: the accents, apostrophes, hyphens and spaces that real
 * Ardèche files hold, so that imports and searches meet them in tests and demos.
 */

export const LAST_NAMES = [
  'MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'RICHARD', 'PETIT', 'DURAND', 'LEROY', 'MOREAU',
  'SIMON', 'LAURENT', 'LEFÈVRE', 'MICHEL', 'GARCIA', 'DAVID', 'BERTRAND', 'ROUX', 'VINCENT', 'FOURNIER',
  'MOREL', 'GIRARD', 'ANDRÉ', 'MERCIER', 'DUPONT', 'LAMBERT', 'BONNET', 'FRANÇOIS', 'MARTINEZ', 'FAURE',
  'CHAPUIS', 'SOUBEYRAND', 'TEYSSIER', 'CHABANIS', 'VERNET', 'BOISSY', 'ARNAUD', 'COSTE', 'MAZET', 'ROCHE',
  'NGUYEN', 'DIALLO', 'TRAORÉ', 'BENALI', 'BOUKHARI', 'MENDES', 'ÇELIK', 'YILMAZ', 'HADDAD', 'SAÏDI',
  "N'DIAYE", "D'ALMEIDA", "D'ANDRÉA", "L'HERMITE", 'DE LA ROCHE', 'DA SILVA', 'DOS SANTOS', 'LE GALL',
  'BEN SALEM', 'EL AMRANI', 'MARTIN-DUPONT', 'FAURE-BRAC', 'ROUX-CHABERT', 'SAINT-CYR', 'PÉRIER', 'GÉRARD',
  'BÉRAUD', 'CHÂTEAU', 'JOUBERT', 'ESCOFFIER', 'DELÉAGE', 'RÉGNIER', 'MÜLLER', 'JOLIVET', 'AUBERT',
] as const;

export const MALE_FIRST_NAMES = [
  'Jean', 'Pierre', 'Michel', 'André', 'François', 'Jérôme', 'Kévin', 'Théo', 'Lucas', 'Noël', 'Rémi',
  'Loïc', 'Yanis', 'Mohamed', 'Amar', 'Djilali', 'Mamadou', 'Cédric', 'Jean-Pierre', 'Jean-Luc',
  'Jean Marc', 'Paul-Henri', 'Benoît', 'Hervé', 'Gaël', 'Joël', 'Anthony', 'Nicolas', 'Sébastien',
  'Mathéo', 'Raphaël', 'Youssef', 'Ibrahima', 'Hugo', 'Éric', 'Frédéric', 'Stéphane', 'Grégory',
] as const;

export const FEMALE_FIRST_NAMES = [
  'Marie', 'Anaïs', 'Isabelle', 'Hélène', 'Françoise', 'Jeanne', 'Zoé', 'Océane', 'Maëlys', 'Gaëlle',
  'Élodie', 'Nora', 'Soraya', 'Ouahiba', 'Fatoumata', 'Léa', 'Chloé', 'Marie-Hélène', 'Anne-Sophie',
  'Marie Christine', 'Nathalie', 'Sophie', 'Aïcha', 'Noémie', 'Mélanie', 'Céline', 'Émilie', 'Inès',
  'Laëtitia', 'Sandrine', 'Valérie', 'Yasmina', 'Agnès', 'Bérénice', 'Héloïse', 'Lou-Ann', 'Salomé',
] as const;

export const STREETS = [
  'rue de la République', "place de l'Église", 'chemin des Mûriers', 'route de Lyon', 'impasse des Châtaigniers',
  "quai de l'Ouvèze", 'avenue du Vanel', 'boulevard de la Chaumette', 'lotissement Les Hauts de Vals',
  'rue Pierre Filliat', 'montée du Château', 'chemin de la Combe', 'rue du 8 Mai 1945', 'allée des Tilleuls',
  "rue de l'Hôtel de Ville", 'route de Privas', 'avenue Marc Seguin', 'chemin de Saint-Pierre', 'rue Boissy d’Anglas',
  'place du Champ de Mars', 'route nationale 86', 'hameau de Mirabel', 'rue des Écoles', 'cours du Palais',
] as const;

export const ADDRESS_COMPLEMENTS = [
  'Bâtiment B', 'Appartement 12', 'Appt 3, 2e étage', 'Résidence Les Genêts', 'Chez M. FAURE', 'Chez Mme ROUX',
  'Foyer Le Relais', 'Lieu-dit Le Moulin', 'BP 12', 'Escalier C',
] as const;

/** Rare values that need CSV quoting (a `;` or a `"`), so the importer's quoting path is exercised. */
export const QUOTED_COMPLEMENTS = ['Bât. C; porte 2', 'Résidence "Les Oliviers"', 'Chez "Mimi" DUPONT; 1er étage'] as const;

export const CLOSURE_REASONS = [
  'Ressources supérieures au plafond',
  'Déménagement hors département',
  'Non-retour de la déclaration trimestrielle',
  "Fin de droit à la demande de l'allocataire",
  'Radiation',
  'Décès',
  'Reprise d’activité',
] as const;

export const MIDEM_REASONS = [
  'Mise en demeure (Absence de CER)',
  'Mise en demeure (Non-respect du CER)',
  'Mise en demeure (Absence aux rendez-vous)',
  "Mise en demeure (Défaut d'inscription à France Travail)",
] as const;

export const EMPLOYMENT_CONTRACTS = ['CDD', 'CDI temps partiel', 'Intérim', 'Contrat aidé (PEC)', 'Saisonnier', 'CDDI'] as const;

/** Lower-case ASCII letters only: "Jean-Pierre" → "jeanpierre", "N'DIAYE" → "ndiaye" (logins, e-mails). */
export const asciiSlug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
