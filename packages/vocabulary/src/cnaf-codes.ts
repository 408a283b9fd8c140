/**
 * The coded values of the Genesis feed (GENESIS_FEED.md: CNAF codes of the état du droit, SDD,
 * orientation, family situation…) with their French labels. Each table is the single source of
 * truth for the codes the import accepts, the server's characteristics catalogue and what the
 * console shows.
 */

export const ROLE_LABELS = { DEM: 'Demandeur', CJT: 'Conjoint' } as const;
export type Role = keyof typeof ROLE_LABELS;

export const ORGANISATION_LABELS = { CAF: 'CAF', MSA: 'MSA' } as const;
export type Organisation = keyof typeof ORGANISATION_LABELS;

export const CIVILITY_LABELS = { M: 'Monsieur', MME: 'Madame' } as const;
export type Civility = keyof typeof CIVILITY_LABELS;

export const SEX_LABELS = { H: 'Homme', F: 'Femme' } as const;
export type Sex = keyof typeof SEX_LABELS;

export const FAMILY_SITUATION_LABELS = {
  CEL: 'Célibataire',
  MAR: 'Marié(e)',
  PAC: 'Pacsé(e)',
  VIM: 'Vie maritale',
  DIV: 'Divorcé(e)',
  SEP: 'Séparé(e)',
  VEU: 'Veuf(ve)',
} as const;
export type FamilySituation = keyof typeof FAMILY_SITUATION_LABELS;

/** CNAF codes of the état du droit. */
export const RIGHTS_STATE_LABELS = {
  '2': 'Droit ouvert et versable',
  '3': 'Droit ouvert et suspendu',
  '4': 'Droit ouvert mais versement suspendu',
  '5': 'Droit clos',
  '6': 'Droit clos sur mois antérieur',
} as const;
export type RightsState = keyof typeof RIGHTS_STATE_LABELS;

export const SDD_LABELS = {
  SDD: 'Soumis aux droits et devoirs',
  NSDD: 'Non soumis aux droits et devoirs',
} as const;
export type Sdd = keyof typeof SDD_LABELS;

export const ORIENTATION_LABELS = {
  SOC: 'Sociale',
  PRO: 'Professionnelle',
  SOCPRO: 'Socio-professionnelle',
  TNS: 'Travailleur non salarié',
} as const;
export type Orientation = keyof typeof ORIENTATION_LABELS;

/** The codes of a label table, in the table's order (used in « attendu : … » messages). */
export const codesOf = <T extends Record<string, string>>(labels: T): readonly (keyof T & string)[] =>
  Object.keys(labels);

const isCodeOf = <T extends Record<string, string>>(labels: T, code: string): code is keyof T & string =>
  Object.prototype.hasOwnProperty.call(labels, code);

/** Label of a code, or the code itself when unknown: history may hold codes retired since. */
const labelOf =
  <T extends Record<string, string>>(labels: T) =>
  (code: string): string =>
    isCodeOf(labels, code) ? labels[code] : code;

export const isRightsState = (code: string): code is RightsState => isCodeOf(RIGHTS_STATE_LABELS, code);
export const isOrientation = (code: string): code is Orientation => isCodeOf(ORIENTATION_LABELS, code);

export const rightsStateLabel = labelOf(RIGHTS_STATE_LABELS);
export const sddLabel = labelOf(SDD_LABELS);
export const orientationLabel = labelOf(ORIENTATION_LABELS);
export const familySituationLabel = labelOf(FAMILY_SITUATION_LABELS);
export const roleLabel = labelOf(ROLE_LABELS);
export const civilityLabel = labelOf(CIVILITY_LABELS);
export const sexLabel = labelOf(SEX_LABELS);
export const organisationLabel = labelOf(ORGANISATION_LABELS);

/** Droit clos (5, 6): the person keeps a référent but no longer receives RSA. */
export const isClosedRightsState = (code: RightsState): boolean => code === '5' || code === '6';

/** A label table as a pick list, in the table's order. */
export const codeLabelList = <T extends Record<string, string>>(labels: T): Array<{ code: keyof T & string; label: string }> =>
  codesOf(labels).map((code) => ({ code, label: labels[code] }));
