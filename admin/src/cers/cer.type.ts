// Shapes of the `cers` API (CONTRACT.md, ACCESS.md "CER states").
export const CER_STATES = ['proposition', 'soumis_etude', 'etude_commission', 'attente_decision', 'valide', 'non_valide'] as const;
export type CerState = (typeof CER_STATES)[number];

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
  noteForReferent?: string | null;
  objectives?: CerObjective[];
  history?: CerHistoryEntry[];
  signature?: { signedAt?: string | null; pending?: boolean } | null;
};

export type CerTransitionInput = {
  to: CerState;
  comment?: string | null;
  decisionDate?: string | null;
  decision?: string | null;
  end?: string | null;
};
