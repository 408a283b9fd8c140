// Shapes of the `cers` API (CONTRACT.md, ACCESS.md "CER states").
import type { CerState } from '@rsa/vocabulary';

export { CER_STATES, type CerState } from '@rsa/vocabulary';

export type CerTemplate = 'sans-decision' | 'decision-valide' | 'decision-non-valide' | 'vierge';

export type CerObjectiveLink = { id: number; kind: string; targetId: number };
export type CerObjective = { id: number; theme: string; description: string; links?: CerObjectiveLink[] };
/** `by` is the login, `byName` the collaborator's « Prénom NOM » (what the console shows). */
export type CerHistoryEntry = { from: CerState | null; to: CerState; by: string; byName?: string; at: string; comment: string | null };

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
  /** « Décision commentée » (printed on the decision documents). */
  decision?: string | null;
  /** « Décision du Département » and « Note pour le référent », as the server names them. */
  departmentDecision?: string | null;
  referentNote?: string | null;
  validatedOn?: string | null;
  notValidatedOn?: string | null;
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
export type CerTransitionOption = {
  id: CerState;
  to: CerState;
  label: string;
  requires: string[];
  /** The move takes the CER out of the caller's hands (server-computed): the console warns. */
  irreversible?: boolean;
};

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
  editable?: { canEdit: boolean; fields: string[]; decisionFields?: string[] };
  /** The kinds « Lier à un objectif » may aim at for this user (none: no link button). */
  linkKinds?: string[];
};

export type CerTransitionInput = {
  to: CerState;
  comment?: string | null;
  decisionDate?: string | null;
  validatedOn?: string | null;
  notValidatedOn?: string | null;
  decision?: string | null;
  end?: string | null;
  departmentDecision?: string | null;
  referentNote?: string | null;
};
