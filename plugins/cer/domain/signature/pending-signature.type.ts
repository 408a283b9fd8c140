export const SIGNATURE_CODE_VALIDITY_MS = 10 * 60 * 1000;
export const SIGNATURE_MAX_ATTEMPTS = 5;

// A signature waiting for its SMS code, as the server stores it (without the code itself).
export type PendingSignature = {
  // "sha256:<salt hex>:<digest hex>"
  codeHash: string;
  // UTC instants, ISO 8601.
  startedAt: string;
  expiresAt: string;
  // Codes typed so far, wrong ones included.
  attempts: number;
  // National form "0612345678": the number the code was sent to.
  phone: string;
  phoneMasked: string;
  // cerFingerprint() of the CER when the document was shown and the code sent.
  cerFingerprint: string;
};

// What startSignature hands back: the pending signature plus the code, to be sent by SMS and
// then forgotten (never stored, never logged).
export type StartedSignature = PendingSignature & { code: string };

// Injected randomness (crypto.randomBytes in production, a stub in tests).
export type RandomBytes = (size: number) => Uint8Array;
