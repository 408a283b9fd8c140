import { createHash } from 'node:crypto';
import type { CerPrintedFields } from '../documents/cer-document-data.type';

// Bumped whenever the list below changes, so that old fingerprints never match by accident.
const VERSION = 'cer-fingerprint-v1';

// A stable digest of what the CER document prints: a pending signature is cancelled when it
// changes, and only then — editing the internal comment or the priority does not count.
export const cerFingerprint = (cer: CerPrintedFields): string => {
  const printed = [
    VERSION,
    cer.number,
    cer.start,
    cer.end,
    cer.signedOn,
    cer.situation,
    cer.evaluation,
    cer.expression,
    cer.agreement,
    cer.departmentDecision,
    cer.decision,
    cer.validatedOn,
    cer.notValidatedOn,
    cer.objectives.map((objective) => [objective.theme, objective.description]),
  ].map((value) => (value === undefined ? null : value));
  return createHash('sha256').update(JSON.stringify(printed)).digest('hex');
};
