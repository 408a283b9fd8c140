import type { CerState } from '@rsa/vocabulary';
import type { WorkflowRole } from './workflow-role';

// `forward` pushes the CER along the chain, `back` is the "way back" column of ACCESS.md,
// `correction` is the cadre switching a decision (valide ↔ non_valide).
export type CerTransitionKind = 'forward' | 'back' | 'correction';

export type CerTransitionRule = {
  from: CerState;
  to: CerState;
  who: readonly WorkflowRole[];
  kind: CerTransitionKind;
};

const CHAIN: readonly WorkflowRole[] = ['secretariat', 'cadre'];
const CADRE: readonly WorkflowRole[] = ['cadre'];

// ACCESS.md, "CER states and who moves them", one line per allowed move. Any pair absent from
// this list does not exist (409), whoever asks.
export const CER_TRANSITIONS: readonly CerTransitionRule[] = [
  // The référent loses the hand once submitted: there is no way back to `proposition`.
  { from: 'proposition', to: 'soumis_etude', who: ['file_referent'], kind: 'forward' },
  { from: 'soumis_etude', to: 'etude_commission', who: CHAIN, kind: 'forward' },
  { from: 'soumis_etude', to: 'attente_decision', who: CHAIN, kind: 'forward' },
  { from: 'etude_commission', to: 'attente_decision', who: CHAIN, kind: 'forward' },
  // The secretariat records the commission's decision.
  { from: 'etude_commission', to: 'valide', who: CHAIN, kind: 'forward' },
  { from: 'etude_commission', to: 'non_valide', who: CHAIN, kind: 'forward' },
  { from: 'attente_decision', to: 'valide', who: CADRE, kind: 'forward' },
  { from: 'attente_decision', to: 'non_valide', who: CADRE, kind: 'forward' },

  { from: 'etude_commission', to: 'soumis_etude', who: CHAIN, kind: 'back' },
  { from: 'attente_decision', to: 'soumis_etude', who: CADRE, kind: 'back' },
  { from: 'attente_decision', to: 'etude_commission', who: CADRE, kind: 'back' },
  { from: 'valide', to: 'etude_commission', who: CADRE, kind: 'back' },
  { from: 'valide', to: 'attente_decision', who: CADRE, kind: 'back' },
  { from: 'non_valide', to: 'etude_commission', who: CADRE, kind: 'back' },
  { from: 'non_valide', to: 'attente_decision', who: CADRE, kind: 'back' },

  { from: 'valide', to: 'non_valide', who: CADRE, kind: 'correction' },
  { from: 'non_valide', to: 'valide', who: CADRE, kind: 'correction' },
];

export const findTransitionRule = (from: CerState, to: CerState): CerTransitionRule | undefined =>
  CER_TRANSITIONS.find((rule) => rule.from === from && rule.to === to);
