// The CER fields a user may write through the edit form, in two families: the référent's
// contract itself, and the decision fields reserved to the validation chain (FEATURES C1).
export const CER_ORDINARY_FIELDS = [
  'number',
  'start',
  'end',
  'signedOn',
  'comment',
  'lastContract',
  'priority',
  'situation',
  'evaluation',
  'expression',
  'agreement',
  'objectives',
] as const;

export const CER_DECISION_FIELDS = [
  'departmentDecision',
  'decision',
  'validatedOn',
  'notValidatedOn',
  'referentNote',
] as const;

export type CerOrdinaryField = (typeof CER_ORDINARY_FIELDS)[number];
export type CerDecisionField = (typeof CER_DECISION_FIELDS)[number];
export type CerEditableField = CerOrdinaryField | CerDecisionField;

// The console's labels, for messages.
export const CER_FIELD_LABELS: Record<CerEditableField, string> = {
  number: 'numéro',
  start: 'date de début',
  end: 'date de fin',
  signedOn: 'date de signature',
  comment: 'commentaire',
  lastContract: 'dernier contrat',
  priority: 'priorité',
  situation: 'situation actuelle et actions mises en œuvre',
  evaluation: 'évaluation commune du parcours',
  expression: 'expression de la personne accompagnée',
  agreement: 'accord du bénéficiaire',
  objectives: 'objectifs',
  departmentDecision: 'décision du Département',
  decision: 'décision commentée du Département',
  validatedOn: 'date de validation',
  notValidatedOn: 'date de non-validation',
  referentNote: 'note pour le référent',
};
