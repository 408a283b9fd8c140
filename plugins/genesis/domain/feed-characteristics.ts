// The Genesis column mapping of the characteristics catalogue: which feed column fills which
// characteristic. Everything else about a characteristic (labels of its codes, required flag,
// who edits it) is CMS content (Caractéristique), seeded from cms/src/seed/characteristic-catalogue.ts.
import type { FeedRow } from './feed-row';

export {
  familySituationLabel,
  organisationLabel,
  orientationLabel,
  rightsStateLabel,
  sddLabel,
} from '@rsa/vocabulary';

/**
 * The Genesis characteristics an import keeps with history (GLOSSARY: `characteristic`,
 * `family`/`name`/`value`). Family and characteristic names are the ones the département uses in
 * Genesis, kept verbatim (without accents where Genesis has none) so users recognise them.
 */
export const CHARACTERISTIC_NAMES = {
  'Situation RSA': [
    'Etat du droit',
    'Date état du droit',
    'Motif de clôture',
    'Date suspension versement',
    'SDD_NSDD',
    'Orientation',
    'Nature du contrat de travail',
    'Date 1er accompagnement',
  ],
  AdministratifCD07: ['Organisme', 'Numéro CAF/MSA', 'Date MIDEM', 'Motif MIDEM'],
  'Situation familiale': ['Situation familiale', 'Date situation familiale'],
} as const;

export type CharacteristicFamily = keyof typeof CHARACTERISTIC_NAMES;
export type CharacteristicName = (typeof CHARACTERISTIC_NAMES)[CharacteristicFamily][number];

/** Codes are kept as codes (labels are for display), dates as `YYYY-MM-DD`, empty as null. */
export type FeedCharacteristic = {
  family: CharacteristicFamily;
  name: CharacteristicName;
  value: string | null;
};

/** Changes of these record a "droit event" (all in family "Situation RSA"). */
export const RIGHTS_EVENT_CHARACTERISTICS = ['Etat du droit', 'SDD_NSDD', 'Orientation'] as const;
export type RightsEventCharacteristic = (typeof RIGHTS_EVENT_CHARACTERISTICS)[number];

export const isRightsEventCharacteristic = (
  characteristic: Pick<FeedCharacteristic, 'family' | 'name'>,
): boolean =>
  characteristic.family === 'Situation RSA' &&
  RIGHTS_EVENT_CHARACTERISTICS.some((name) => name === characteristic.name);

/**
 * GENESIS_FEED.md rule 2: a "droit event" is recorded when état du droit, SDD or orientation
 * changes for a known person. A new file's first values are its starting point, not a change.
 * merge-characteristics.ts restates it in SQL (`is_new = 0 AND is_rights_event = 1 AND changed = 1`).
 */
export const recordsRightsEvent = (value: { isNewFile: boolean; isRightsEvent: boolean; changed: boolean }): boolean =>
  !value.isNewFile && value.isRightsEvent && value.changed;

/** Every characteristic the row carries, in catalogue order (always the full list, values may be null). */
export const characteristicsFromRow = (row: FeedRow): FeedCharacteristic[] => [
  { family: 'Situation RSA', name: 'Etat du droit', value: row.rightsState },
  { family: 'Situation RSA', name: 'Date état du droit', value: row.rightsStateDate },
  { family: 'Situation RSA', name: 'Motif de clôture', value: row.closureReason },
  { family: 'Situation RSA', name: 'Date suspension versement', value: row.paymentSuspendedOn },
  { family: 'Situation RSA', name: 'SDD_NSDD', value: row.sdd },
  { family: 'Situation RSA', name: 'Orientation', value: row.orientation },
  { family: 'Situation RSA', name: 'Nature du contrat de travail', value: row.employmentContract },
  { family: 'Situation RSA', name: 'Date 1er accompagnement', value: row.firstSupportDate },
  { family: 'AdministratifCD07', name: 'Organisme', value: row.organisation },
  { family: 'AdministratifCD07', name: 'Numéro CAF/MSA', value: row.cafNumber },
  { family: 'AdministratifCD07', name: 'Date MIDEM', value: row.midemDate },
  { family: 'AdministratifCD07', name: 'Motif MIDEM', value: row.midemReason },
  { family: 'Situation familiale', name: 'Situation familiale', value: row.familySituation },
  { family: 'Situation familiale', name: 'Date situation familiale', value: row.familySituationDate },
];
