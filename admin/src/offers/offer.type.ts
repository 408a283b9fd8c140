import type { PositionnementState } from '@rsa/vocabulary';

export type Session = { id: number; label: string | null; start: string; end: string; capacity: number; active: boolean; taken: number; placesLeft: number | null; fillRate: number | null };

export type Offer = {
  id: number;
  title: string;
  operator: string | null;
  operatorName: string | null;
  start: string;
  end: string;
  active: boolean;
  bySessions: boolean;
  capacity: number | null;
  description: string | null;
  communeName: string | null;
  classifications: Array<{ id: number; name: string }>;
  sessions: Session[];
  taken: number;
  placesLeft: number | null;
  fillRate: number | null;
};

/** A positionnement's state: the vocabulary's, which the server checks against. */
export type EnrolmentState = PositionnementState;

export type Enrolment = {
  id: number;
  beneficiary: number;
  beneficiaryName: string;
  fileNumber: string | null;
  offer: number;
  offerTitle: string;
  session: number | null;
  state: EnrolmentState;
  stateLabel: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  realStart: string | null;
  realEnd: string | null;
  endReason: string | null;
  comment: string | null;
  attendanceHours: number | null;
  /** The prescripteur: who positioned the person. */
  createdByName: string | null;
  /** The operator's collaborator who follows the étape (référent d'étape). */
  collaboratorName: string | null;
  transitions: EnrolmentState[];
};

/** "75 %" or "sans limite". */
export const percent = (rate: number | null, noLimit: string): string => (rate === null ? noLimit : `${Math.round(rate * 100)} %`);
