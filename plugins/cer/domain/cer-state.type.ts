// The six states of ACCESS.md, in the order of the validation chain.
export const CER_STATES = [
  'proposition',
  'soumis_etude',
  'etude_commission',
  'attente_decision',
  'valide',
  'non_valide',
] as const;

export type CerState = (typeof CER_STATES)[number];

// The users' words (guide utilisateur), used in every French message and document.
export const CER_STATE_LABELS: Record<CerState, string> = {
  proposition: 'CER proposition',
  soumis_etude: "Soumis à l'étude",
  etude_commission: 'Étude approfondie en commission',
  attente_decision: 'Attente de décision',
  valide: 'Validé',
  non_valide: 'Non validé',
};

export const isCerState = (value: unknown): value is CerState =>
  typeof value === 'string' && (CER_STATES as readonly string[]).includes(value);
