import {
  CIVILITY_LABELS,
  FAMILY_SITUATION_LABELS,
  ORGANISATION_LABELS,
  ORIENTATION_LABELS,
  RIGHTS_STATE_LABELS,
  ROLE_LABELS,
  SDD_LABELS,
  SEX_LABELS,
  codesOf,
} from '@rsa/vocabulary';

/**
 * Column catalogue of the Genesis feed (GENESIS_FEED.md). Columns are matched by header name;
 * this order is the one Genesis writes (and the generator reproduces), not a requirement.
 */
export const FEED_HEADER = [
  'ID_INDIVIDU',
  'NUM_FOYER',
  'ROLE',
  'ORGANISME',
  'MATRICULE',
  'CIVILITE',
  'NOM',
  'NOM_NAISSANCE',
  'PRENOM',
  'DATE_NAISSANCE',
  'SEXE',
  'ADRESSE_LIGNE1',
  'ADRESSE_LIGNE2',
  'CODE_POSTAL',
  'COMMUNE',
  'CODE_INSEE',
  'TELEPHONE',
  'EMAIL',
  'SITUATION_FAMILIALE',
  'DATE_SITUATION_FAMILIALE',
  'ETAT_DROIT',
  'DATE_ETAT_DROIT',
  'MOTIF_CLOTURE',
  'DATE_SUSPENSION_VERSEMENT',
  'SDD',
  'ORIENTATION',
  'NATURE_CONTRAT_TRAVAIL',
  'DATE_PREMIER_ACCOMPAGNEMENT',
  'DTAS',
  'REFERENT_ID',
  'REFERENT_NOM',
  'REFERENT_STRUCTURE',
  'DATE_DESIGNATION_REFERENT',
  'DATE_MIDEM',
  'MOTIF_MIDEM',
] as const;

export type FeedColumnName = (typeof FEED_HEADER)[number];

/**
 * `insee`: 5 characters, digits or Corsica's 2A/2B followed by 3 digits (the only format rule of
 * the contract that is neither a date nor a closed list of codes).
 */
export type FeedColumnKind = 'text' | 'date' | 'code' | 'insee';

export type FeedColumn =
  | { name: FeedColumnName; required: boolean; kind: 'text' | 'date' | 'insee' }
  | { name: FeedColumnName; required: boolean; kind: 'code'; codes: readonly string[] };

const text = (name: FeedColumnName, required: boolean): FeedColumn => ({ name, required, kind: 'text' });
const date = (name: FeedColumnName, required: boolean): FeedColumn => ({ name, required, kind: 'date' });
const code = (name: FeedColumnName, required: boolean, labels: Record<string, string>): FeedColumn => ({
  name,
  required,
  kind: 'code',
  codes: codesOf(labels),
});

export const FEED_COLUMNS: readonly FeedColumn[] = [
  text('ID_INDIVIDU', true),
  text('NUM_FOYER', true),
  code('ROLE', true, ROLE_LABELS),
  code('ORGANISME', true, ORGANISATION_LABELS),
  text('MATRICULE', true),
  code('CIVILITE', false, CIVILITY_LABELS),
  text('NOM', true),
  text('NOM_NAISSANCE', false),
  text('PRENOM', true),
  date('DATE_NAISSANCE', true),
  code('SEXE', false, SEX_LABELS),
  text('ADRESSE_LIGNE1', false),
  text('ADRESSE_LIGNE2', false),
  text('CODE_POSTAL', false),
  text('COMMUNE', false),
  { name: 'CODE_INSEE', required: true, kind: 'insee' },
  text('TELEPHONE', false),
  text('EMAIL', false),
  code('SITUATION_FAMILIALE', false, FAMILY_SITUATION_LABELS),
  date('DATE_SITUATION_FAMILIALE', false),
  code('ETAT_DROIT', true, RIGHTS_STATE_LABELS),
  date('DATE_ETAT_DROIT', true),
  text('MOTIF_CLOTURE', false),
  date('DATE_SUSPENSION_VERSEMENT', false),
  code('SDD', true, SDD_LABELS),
  code('ORIENTATION', false, ORIENTATION_LABELS),
  text('NATURE_CONTRAT_TRAVAIL', false),
  date('DATE_PREMIER_ACCOMPAGNEMENT', false),
  text('DTAS', true),
  text('REFERENT_ID', true),
  text('REFERENT_NOM', true),
  text('REFERENT_STRUCTURE', true),
  date('DATE_DESIGNATION_REFERENT', true),
  date('DATE_MIDEM', false),
  text('MOTIF_MIDEM', false),
];

const BY_NAME: ReadonlyMap<string, FeedColumn> = new Map(FEED_COLUMNS.map((column) => [column.name, column]));

export const REQUIRED_COLUMNS: readonly FeedColumnName[] = FEED_COLUMNS.filter((c) => c.required).map((c) => c.name);

export const isFeedColumnName = (name: string): name is FeedColumnName => BY_NAME.has(name);

export const feedColumn = (name: FeedColumnName): FeedColumn => {
  const column = BY_NAME.get(name);
  if (!column) throw new Error(`Colonne inconnue du catalogue : ${name}`);
  return column;
};

/** One row's raw values by column name, as read (untrimmed); absent when the column is not in the file. */
export type RawValues = Readonly<Partial<Record<FeedColumnName, string>>>;
