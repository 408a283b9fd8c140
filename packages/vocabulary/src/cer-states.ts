// The six CER states of ACCESS.md, in the order of the validation chain.
export const CER_STATES = [
  'proposition',
  'soumis_etude',
  'etude_commission',
  'attente_decision',
  'valide',
  'non_valide',
] as const;

export type CerState = (typeof CER_STATES)[number];

// The guide utilisateur's words: every French message of the server and every document.
export const CER_STATE_LABELS: Readonly<Record<CerState, string>> = {
  proposition: 'CER proposition',
  soumis_etude: "Soumis à l'étude",
  etude_commission: 'Étude approfondie en commission',
  attente_decision: 'Attente de décision',
  valide: 'Validé',
  non_valide: 'Non validé',
};

// The console's chips, history table and report filter, where the state is read at a glance.
export const CER_STATE_SHORT_LABELS: Readonly<Record<CerState, string>> = {
  proposition: 'Proposition',
  soumis_etude: 'Soumis à étude',
  etude_commission: 'Étude en commission',
  attente_decision: 'En attente de décision',
  valide: 'Validé',
  non_valide: 'Non validé',
};

export const isCerState = (value: unknown): value is CerState =>
  typeof value === 'string' && (CER_STATES as readonly string[]).includes(value);
