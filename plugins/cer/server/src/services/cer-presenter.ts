// The CER as the console reads it (CONTRACT.md `cers`): the record, its objectives and history,
// plus what the caller may do with it now, so the console never offers a refused action.
import {
  CER_STATE_LABELS,
  CER_TEMPLATE_NAMES,
  editableFields,
  listAvailableTransitions,
  templateForState,
  workflowRolesOf,
  type Actor,
  type CerState,
} from '../../../domain';
import type { CerRecord, HistoryRecord, ObjectiveRecord } from './cer-store';

export type SignatureSummary = {
  status: 'pending' | 'signed' | 'cancelled';
  startedAt: string | null;
  expiresAt: string | null;
  phoneMasked: string | null;
  attempts: number;
  signedAt: string | null;
  documentSha256: string | null;
  documentMime: string | null;
  cancelReason: string | null;
};

/** What a move needs besides the rights (the console shows the inputs). */
const requiresFor = (from: CerState, to: CerState): string[] => {
  if (to === 'valide') return ['decisionDate'];
  if (to === 'non_valide') return ['decisionDate', 'decision'];
  if (from === 'proposition') return ['objectives'];
  return [];
};

/** Would this move take the CER out of the caller's hands (nothing left to edit)? The console warns. */
const losesEdit = (actor: Actor, from: CerState, to: CerState): boolean => {
  const count = (state: CerState) => {
    const fields = editableFields(actor, state);
    return fields.ordinary.length + fields.decision.length;
  };
  return count(from) > 0 && count(to) === 0;
};

export const transitionsFor = (actor: Actor, cer: Pick<CerRecord, 'state'>) =>
  listAvailableTransitions(actor, cer).map((to) => ({
    id: to,
    to,
    label: CER_STATE_LABELS[to],
    requires: requiresFor(cer.state, to),
    irreversible: losesEdit(actor, cer.state, to),
  }));

export const listItemOf = (cer: CerRecord) => ({
  id: cer.id,
  beneficiary: cer.beneficiaryId,
  number: cer.number,
  start: cer.start,
  end: cer.end,
  signedOn: cer.signedOn,
  state: cer.state,
  stateLabel: CER_STATE_LABELS[cer.state],
  lastContract: cer.lastContract,
  agreement: cer.agreement,
  priority: cer.priority,
  validatedOn: cer.validatedOn,
  notValidatedOn: cer.notValidatedOn,
});

export const detailOf = (
  cer: CerRecord,
  actor: Actor,
  objectives: readonly ObjectiveRecord[],
  history: readonly HistoryRecord[],
  signatures: { latest: SignatureSummary | null; hasSigned: boolean },
  canGenerateDocuments: boolean,
) => {
  const fields = editableFields(actor, cer.state);
  const isReferent = workflowRolesOf(actor).has('file_referent');
  return {
    ...listItemOf(cer),
    comment: cer.comment,
    situation: cer.situation,
    evaluation: cer.evaluation,
    expression: cer.expression,
    departmentDecision: cer.departmentDecision,
    decision: cer.decision,
    referentNote: cer.referentNote,
    createdBy: cer.createdBy,
    createdAt: cer.createdAt,
    updatedAt: cer.updatedAt,
    objectives: objectives.map((o) => ({ id: o.id, theme: o.theme, description: o.description, position: o.position, links: o.links })),
    history,
    transitions: transitionsFor(actor, cer),
    editable: {
      canEdit: fields.ordinary.length + fields.decision.length > 0,
      fields: [...fields.ordinary, ...fields.decision],
      decisionFields: fields.decision,
    },
    // The console offers only what the server accepts (siège, secrétariat de structure: nothing).
    canGenerateDocuments,
    templates: { suggested: templateForState(cer.state), available: canGenerateDocuments ? [...CER_TEMPLATE_NAMES] : [] },
    signature: signatures.latest,
    canStartSignature: isReferent && cer.state === 'proposition' && cer.agreement === 'nc',
    hasSignedDocument: signatures.hasSigned,
  };
};
