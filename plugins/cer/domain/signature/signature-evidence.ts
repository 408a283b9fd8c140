import { createHash } from 'node:crypto';

export type SignatureEvidence = {
  method: 'sms_code';
  // SHA-256 of the exact document shown and signed.
  sha256: string;
  phoneMasked: string;
  signedAt: string;
  attempts: number;
  cerFingerprint: string;
};

// What is stored next to the signed document ("Document signé") to prove, later, which bytes
// were agreed to, when, and on which phone.
export const signatureEvidence = (
  document: Buffer,
  signature: { phoneMasked: string; signedAt: string; attempts: number; cerFingerprint: string },
): SignatureEvidence => ({
  method: 'sms_code',
  sha256: createHash('sha256').update(document).digest('hex'),
  phoneMasked: signature.phoneMasked,
  signedAt: signature.signedAt,
  attempts: signature.attempts,
  cerFingerprint: signature.cerFingerprint,
});
