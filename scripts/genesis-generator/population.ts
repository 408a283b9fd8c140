import type { Civility, FamilySituation, Organisation, Orientation, RightsState, Role, Sdd, Sex } from '@rsa/vocabulary';
import type { Commune, Territory } from './commune-catalogue';
import type { Referent } from './referent-pool';

/**
 * The simulated Genesis population, mutated day after day. What Genesis holds per household (the
 * droit, the address, the e-mail) lives on `Household`; what it holds per person on `Person`.
 * Dates are `YYYY-MM-DD`.
 */
export type Address = { line1: string; line2: string; commune: Commune };

export type Person = {
  id: number;
  role: Role;
  civility: Civility | null;
  sex: Sex | null;
  lastName: string;
  birthName: string;
  firstName: string;
  birthDate: string;
  /** Household contact data: each member's row may carry its own writing of it. */
  phone: string;
  sdd: Sdd;
  orientation: Orientation | null;
  employmentContract: string;
  firstSupportDate: string;
  referent: Referent;
  designatedOn: string;
  midemDate: string | null;
  midemReason: string;
};

export type Household = {
  number: number;
  organisation: Organisation;
  matricule: string;
  address: Address;
  /** The DTAS managing the file: follows moves inside Ardèche, not moves out of it. */
  territory: Territory;
  email: string;
  familySituation: FamilySituation;
  familySituationDate: string;
  rightsState: RightsState;
  rightsStateDate: string;
  closureReason: string;
  paymentSuspendedOn: string | null;
  members: Person[];
};

/** Ever-growing identifiers with gaps, like Genesis sequences shared with people not in the feed. */
export type IdSequences = { person: number; household: number };
