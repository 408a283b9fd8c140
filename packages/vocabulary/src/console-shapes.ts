// Shapes the console API answers (CONTRACT.md), written once for the server that builds them and
// the console that reads them: a field renamed on one side no longer compiles on the other.
import type { AppointmentStatus } from './appointment-statuses';
import type { FileState } from './file-states';

/** A référent as the lists show them: `structure` is the code, `structureName` its name in the CMS. */
export type ReferentSummary = { login: string; name: string; structure: string | null; structureName: string | null };

/** One row of the beneficiary list (`GET /beneficiaries`). Dates are `YYYY-MM-DD`. */
export type BeneficiaryListItem = {
  id: number;
  fileNumber: string;
  genesisId: string | null;
  householdNumber: string | null;
  lastName: string;
  birthName: string | null;
  firstName: string;
  birthDate: string | null;
  sex: string | null;
  state: FileState;
  currentReferent: ReferentSummary | null;
  updatedFromGenesisOn: string | null;
};

/**
 * One appointment (`GET /appointments`): `start` / `end` are Paris wall-clock times
 * (`YYYY-MM-DDTHH:MM`), `startsAt` / `endsAt` the UTC instants; `busy` marks another file's slot
 * on a shared agenda, shown without its details.
 */
export type AppointmentView = {
  id: number;
  beneficiary: number | null;
  beneficiaryName: string | null;
  fileNumber: string | null;
  collaborator: string;
  collaboratorName: string;
  type: string | null;
  typeLabel: string | null;
  theme: string | null;
  themeLabel: string | null;
  place: string | null;
  placeLabel: string | null;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
  duration: number;
  status: AppointmentStatus;
  statusLabel: string;
  smsReminder: boolean;
  synthesis: string | null;
  outcome: string | null;
  collective: string | null;
  busy: boolean;
};
