// States of a positionnement on an offer (FEATURES O4): shared by the offers plugin (its rules
// live in its domain) and the console's rows.
export const POSITIONNEMENT_STATES = ['positionne', 'etape', 'refuse', 'termine'] as const;
export type PositionnementState = (typeof POSITIONNEMENT_STATES)[number];

export const POSITIONNEMENT_STATE_LABELS: Readonly<Record<PositionnementState, string>> = {
  positionne: 'Positionné',
  etape: 'En étape',
  refuse: 'Refusé',
  termine: 'Étape terminée',
};
