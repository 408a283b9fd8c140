// Shapes of the `beneficiaries` API (CONTRACT.md). Dates are `YYYY-MM-DD` strings.
import type { BeneficiaryListItem } from '@rsa/vocabulary';

export type { FileState } from '@rsa/vocabulary';

// structure: the code; structureName: its current name in the CMS.
export type Referent = { login: string; name: string; structure: string | null; structureName?: string | null };

export type Assignment = {
  id: number;
  login: string;
  name: string;
  structure: string | null;
  structureName?: string | null;
  role: 'parcours' | 'etape';
  start: string | null;
  end: string | null;
  source: string;
};

export type Characteristic = { family: string; name: string; value: string | null; label?: string | null; since: string | null };

// One row of the list: the shape the server builds (vocabulary console-shapes).
export type { BeneficiaryListItem };

// What the server says the caller may do on this file; absent on servers that predate it.
export type FileAction =
  | 'standby.add'
  | 'standby.end'
  | 'standby.delete'
  | 'caseloadExit.enter'
  | 'caseloadExit.cancel'
  | 'stepReferent.add'
  | 'characteristics.edit'
  | 'midem.request'
  | 'contact.edit'
  | 'notes.write'
  | 'documents.write'
  | 'appointments.write';

export type Beneficiary = BeneficiaryListItem & {
  civility: string | null;
  organisation: string | null;
  cafNumber: string | null;
  householdRole: string | null;
  territory: string | null;
  phone: string | null;
  email: string | null;
  address: { line1: string | null; line2: string | null; postalCode: string | null; city: string | null; inseeCode: string | null };
  enrolment: { programme: string; enteredOn: string | null; exitedOn: string | null };
  characteristics: Characteristic[];
  assignments: Assignment[];
  lastReferent: Assignment | null;
  household: Array<{ id: number; fileNumber: string; role: string | null; lastName: string; firstName: string }>;
  rightsEvents: Array<{ on: string | null; name: string; oldValue: string | null; newValue: string | null; oldLabel?: string | null; newLabel?: string | null }>;
  standbys: Array<{ id: number; start: string | null; end: string | null; endedOn?: string | null; motif: string | null }>;
  // Computed by the server from its own rules (file-active domain).
  accompanimentLabel?: string | null;
  missingCharacteristicsLabel?: string | null;
  midemRequest?: { motif: string | null; requestedOn: string | null; midemOn: string | null; status: string; statusLabel: string } | null;
  events: Array<{ kind: string; on: string | null; byLogin: string | null }>;
  actions?: FileAction[];
};

export type TimelineItem = {
  id: string | number;
  kind: string;
  date: string;
  title: string;
  detail?: string | null;
  /** What the item opens (a CER, a note, a veille, an assignment), from the server. */
  link?: { resource: string; id: number | string } | null;
};
