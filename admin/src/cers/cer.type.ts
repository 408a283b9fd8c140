// Shapes of the `cers` API (CONTRACT.md, ACCESS.md "CER states").
import type { CerState } from '@rsa/vocabulary';

export { CER_STATES, type CerState } from '@rsa/vocabulary';

export type CerTemplate = 'sans-decision' | 'decision-valide' | 'decision-non-valide' | 'vierge';

export type CerObjective = { id: number; theme: string; description: string; links?: unknown[] };
export type CerHistoryEntry = { from: CerState | null; to: CerState; by: string; at: string; comment: string | null };

export type CerRecord = {
  id: number;
  beneficiary: number;
  number: number;
  state: CerState;
  start: string | null;
  end: string | null;
  signedOn: string | null;
  priority: string | null;
  situation: string | null;
  evaluation: string | null;
  expression: string | null;
  agreement: 'oui' | 'nc' | 'non' | null;
  lastContract: boolean | null;
  comment: string | null;
  decision?: string | null;
  decisionComment?: string | null;
  decisionDate?: string | null;
  validatedOn?: string | null;
  notValidatedOn?: string | null;
  noteForReferent?: string | null;
  objectives?: CerObjective[];
  history?: CerHistoryEntry[];
};

export const CER_TEMPLATE_LABELS: Record<CerTemplate, string> = {
  'sans-decision': 'CER sans décision',
  'decision-valide': 'CER décision valide',
  'decision-non-valide': 'CER décision non valide',
  vierge: 'CER vierge',
};

/** A move GET transitions (or the detail) offers, with the inputs it needs. */
export type CerTransitionOption = { id: CerState; to: CerState; label: string; requires: string[] };

export type CerDetail = CerRecord & {
  stateLabel?: string;
  transitions?: CerTransitionOption[];
  templates?: { suggested: CerTemplate; available: CerTemplate[] };
  /** From the server: may this user generate the CER's documents? */
  canGenerateDocuments?: boolean;
  signature?: {
    status: 'pending' | 'signed' | 'cancelled';
    phoneMasked: string | null;
    expiresAt: string | null;
    signedAt: string | null;
  } | null;
  canStartSignature?: boolean;
  hasSignedDocument?: boolean;
  editable?: { canEdit: boolean; fields: string[] };
};

export type CerTransitionInput = {
  to: CerState;
  comment?: string | null;
  decisionDate?: string | null;
  validatedOn?: string | null;
  notValidatedOn?: string | null;
  decision?: string | null;
  end?: string | null;
};
