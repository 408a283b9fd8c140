// The CER domain's public surface, for the plugin's server and the console's shared types.
// Adapters (PDF, SMS) do I/O and are imported from their own files, on purpose.
export { PROFILES, type Actor, type Profile } from './actor.type';
export { CER_STATES, CER_STATE_LABELS, isCerState, type CerState } from '@rsa/vocabulary';
export type { Cer, CerAgreement, CerHistoryEntry, CerObjective } from './cer.type';

export { CER_TRANSITIONS, findTransitionRule, type CerTransitionKind, type CerTransitionRule } from './workflow/cer-transitions.data';
export { CerTransitionError, type CerTransitionErrorCode, type CerTransitionField } from './workflow/cer-transition.error';
export {
  checkTransition,
  type CerHistoryDraft,
  type CerTransitionCheck,
  type CerTransitionPatch,
  type CerTransitionRequest,
  type CerTransitionSubject,
} from './workflow/check-transition';
export { applyCerTransition, type HistoryStamp } from './workflow/apply-cer-transition';
export { listAvailableTransitions } from './workflow/list-available-transitions';
export { workflowRolesOf, type WorkflowRole } from './workflow/workflow-role';

export { canEditCer } from './editing/can-edit-cer';
export { editableFields, type CerEditableFields } from './editing/editable-fields';
export { checkCerEdit, type CerEditCheck } from './editing/check-cer-edit';
export { CerEditError, type CerEditErrorCode } from './editing/cer-edit.error';
export {
  CER_DECISION_FIELDS,
  CER_FIELD_LABELS,
  CER_ORDINARY_FIELDS,
  type CerDecisionField,
  type CerEditableField,
  type CerOrdinaryField,
} from './editing/cer-fields';

export { addDays, daysBetween, formatFrenchDate, isCalendarDate } from '@rsa/vocabulary';
export { suggestedStart } from './dates/suggested-start';
export { daysUntilRenewal } from './dates/days-until-renewal';

export {
  CER_TEMPLATE_LABELS,
  CER_TEMPLATE_NAMES,
  cerTemplateFileName,
  isCerTemplateName,
  templateForState,
  type CerTemplateName,
} from './documents/cer-template';
export type { CerDocumentAddress, CerDocumentData, CerPrintedFields } from './documents/cer-document-data.type';
export { CER_TEMPLATE_TAGS, cerTemplateVariables, type CerTemplateVariables } from './documents/cer-template-variables';
export { CerDocumentError } from './documents/cer-document.error';
export { mergeCerDocument } from './documents/merge-cer-document';
export { extractDocxText } from './documents/extract-docx-text';

export { cerFingerprint } from './signature/cer-fingerprint';
export { checkSignatureCode, type SignatureCheck, type SignatureCheckContext } from './signature/check-signature-code';
export { isFrenchMobile, maskPhone, normalizeFrenchPhone, toInternationalDigits } from './signature/french-phone';
export {
  SIGNATURE_CODE_VALIDITY_MS,
  SIGNATURE_MAX_ATTEMPTS,
  type PendingSignature,
  type RandomBytes,
  type StartedSignature,
} from './signature/pending-signature.type';
export { SignatureError, type SignatureErrorCode } from './signature/signature.error';
export { signatureEvidence, type SignatureEvidence } from './signature/signature-evidence';
export { signatureSmsText } from './signature/signature-sms-text';
export { startSignature } from './signature/start-signature';
export { CER_NUMBER_ATTEMPTS, nextCerNumber } from './numbering/next-cer-number';
