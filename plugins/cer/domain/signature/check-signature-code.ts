import { normalizeFrenchPhone } from './french-phone';
import { SIGNATURE_MAX_ATTEMPTS, type PendingSignature } from './pending-signature.type';
import { signatureCodeMatches } from './signature-code-hash';
import { SignatureError } from './signature.error';

export type SignatureCheckContext = {
  now: Date;
  // The file's phone and the CER's fingerprint as they are now, read when the code is typed.
  currentPhone: string | null;
  currentCerFingerprint: string;
};

// `pending` on failure is what to store next: the same signature with one more attempt, or null
// when it is cancelled (a new code must be sent).
export type SignatureCheck =
  | { ok: true; signedAt: string; attempts: number }
  | { ok: false; error: SignatureError; pending: PendingSignature | null };

const cancel = (code: SignatureError['code'], message: string): SignatureCheck => ({
  ok: false,
  error: new SignatureError(code, message),
  pending: null,
});

const essais = (count: number): string => (count > 1 ? `${count} essais` : `${count} essai`);

export const checkSignatureCode = (
  pending: PendingSignature,
  typedCode: string,
  context: SignatureCheckContext,
): SignatureCheck => {
  // What the person agrees to must be what they were shown, on the phone they were sent it to.
  const currentPhone = context.currentPhone === null ? null : normalizeFrenchPhone(context.currentPhone);
  if (currentPhone !== pending.phone) {
    return cancel(
      'phone_changed',
      "Le numéro de téléphone du dossier a changé depuis l'envoi du code : la signature est annulée. Relancez-la pour envoyer un code au nouveau numéro.",
    );
  }
  if (context.currentCerFingerprint !== pending.cerFingerprint) {
    return cancel(
      'cer_changed',
      "Le CER a été modifié depuis l'envoi du code : la signature est annulée. Générez à nouveau le document, puis relancez la signature.",
    );
  }
  if (pending.attempts >= SIGNATURE_MAX_ATTEMPTS) {
    return cancel(
      'too_many_attempts',
      `Code incorrect saisi ${SIGNATURE_MAX_ATTEMPTS} fois : la signature est annulée. Relancez-la pour recevoir un nouveau code.`,
    );
  }
  if (context.now.getTime() >= Date.parse(pending.expiresAt)) {
    return cancel(
      'expired',
      'Le code a expiré (il est valable 10 minutes). Relancez la signature pour recevoir un nouveau code.',
    );
  }

  const code = typedCode.replace(/\s/g, '');
  if (!/^\d{6}$/.test(code)) {
    // A typo in the format costs no attempt: only a real guess does.
    const remaining = SIGNATURE_MAX_ATTEMPTS - pending.attempts;
    return {
      ok: false,
      error: new SignatureError('wrong_code', 'Le code doit comporter 6 chiffres.', remaining),
      pending,
    };
  }

  const attempts = pending.attempts + 1;
  if (signatureCodeMatches(code, pending.codeHash)) {
    return { ok: true, signedAt: context.now.toISOString(), attempts };
  }
  const remaining = SIGNATURE_MAX_ATTEMPTS - attempts;
  if (remaining <= 0) {
    return cancel(
      'too_many_attempts',
      `Code incorrect saisi ${SIGNATURE_MAX_ATTEMPTS} fois : la signature est annulée. Relancez-la pour recevoir un nouveau code.`,
    );
  }
  return {
    ok: false,
    error: new SignatureError('wrong_code', `Code incorrect. Il reste ${essais(remaining)}.`, remaining),
    pending: { ...pending, attempts },
  };
};
