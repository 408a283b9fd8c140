import type { FeedColumnName, RawValues } from './feed-columns';
import type {
  Civility,
  FamilySituation,
  Organisation,
  Orientation,
  RightsState,
  Role,
  Sdd,
  Sex,
} from '@rsa/vocabulary';

/**
 * One accepted row of the Genesis feed, with the code's English names (GLOSSARY.md). Values are
 * trimmed, an empty value is `null`, and every date is a `YYYY-MM-DD` string.
 */
export type FeedAddress = {
  line1: string | null;
  line2: string | null;
  postalCode: string | null;
  city: string | null;
  inseeCode: string;
};

export type FeedRow = {
  genesisId: string;
  householdNumber: string;
  role: Role;
  organisation: Organisation;
  cafNumber: string;
  civility: Civility | null;
  lastName: string;
  birthName: string | null;
  firstName: string;
  birthDate: string;
  sex: Sex | null;
  address: FeedAddress;
  phone: string | null;
  email: string | null;
  familySituation: FamilySituation | null;
  familySituationDate: string | null;
  rightsState: RightsState;
  rightsStateDate: string;
  closureReason: string | null;
  paymentSuspendedOn: string | null;
  sdd: Sdd;
  orientation: Orientation | null;
  employmentContract: string | null;
  firstSupportDate: string | null;
  territory: string;
  referentLogin: string;
  referentName: string;
  referentStructure: string;
  referentDesignatedOn: string;
  midemDate: string | null;
  midemReason: string | null;
};

/**
 * Why a row is rejected: physical line (header = line 1), column, French message. `column` is
 * null when the whole row is at fault (wrong number of fields, ID_INDIVIDU on several rows).
 */
export type FeedError = {
  line: number;
  column: FeedColumnName | null;
  message: string;
};

/**
 * One record as read from the file, before validation. `fieldCount` differs from
 * `expectedFieldCount` (the header's) when the row has too few or too many `;`.
 */
export type RawRow = {
  line: number;
  values: RawValues;
  fieldCount: number;
  expectedFieldCount: number;
};
