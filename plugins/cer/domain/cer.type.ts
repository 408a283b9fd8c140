import type { CerState } from '@rsa/vocabulary';

export type CerAgreement = 'oui' | 'nc' | 'non';

export type CerObjective = {
  theme: string;
  description: string;
};

export type CerHistoryEntry = {
  // null only for the creation entry, if the server records one.
  from: CerState | null;
  to: CerState;
  by: string;
  at: string;
  comment: string | null;
};

// The CER-CD07 model (FEATURES C1). Calendar dates are `YYYY-MM-DD` strings.
export type Cer = {
  state: CerState;
  number: number;
  start: string;
  end: string | null;
  signedOn: string | null;
  // Note of the référent for the Service Insertion: never printed on any document.
  comment: string | null;
  lastContract: boolean;
  // Processing priority for the secretariat: not printed either.
  priority: string | null;
  situation: string | null;
  evaluation: string | null;
  expression: string | null;
  agreement: CerAgreement;
  // Decision fields, reserved to the validation chain.
  departmentDecision: string | null;
  decision: string | null;
  validatedOn: string | null;
  notValidatedOn: string | null;
  referentNote: string | null;
  objectives: readonly CerObjective[];
  history: readonly CerHistoryEntry[];
};
