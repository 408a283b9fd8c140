import { maskPhone, isFrenchMobile, normalizeFrenchPhone } from './french-phone';
import {
  SIGNATURE_CODE_VALIDITY_MS,
  type RandomBytes,
  type StartedSignature,
} from './pending-signature.type';
import { hashSignatureCode } from './signature-code-hash';
import { SignatureError } from './signature.error';

const CODE_SPACE = 1_000_000;
// Largest multiple of 10^6 below 2^32: drawing under it keeps every code equally likely.
const UNBIASED_LIMIT = Math.floor(0x1_0000_0000 / CODE_SPACE) * CODE_SPACE;

const drawCode = (random: RandomBytes): string => {
  for (;;) {
    const value = Buffer.from(random(4)).readUInt32BE(0);
    if (value < UNBIASED_LIMIT) return String(value % CODE_SPACE).padStart(6, '0');
  }
};

const toHex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

// Starts the SMS-code signature of a CER document (FEATURES C5).
export const startSignature = (input: {
  cerFingerprint: string;
  phone: string;
  now: Date;
  random: RandomBytes;
}): StartedSignature => {
  const phone = normalizeFrenchPhone(input.phone);
  if (phone === null || !isFrenchMobile(phone)) {
    throw new SignatureError(
      'invalid_phone',
      "Le dossier n'a pas de numéro de portable valide (06 ou 07) : recueillez l'accord par la case à cocher, ou corrigez le numéro.",
    );
  }
  const code = drawCode(input.random);
  const salt = toHex(input.random(16));
  return {
    code,
    codeHash: hashSignatureCode(code, salt),
    startedAt: input.now.toISOString(),
    expiresAt: new Date(input.now.getTime() + SIGNATURE_CODE_VALIDITY_MS).toISOString(),
    attempts: 0,
    phone,
    phoneMasked: maskPhone(phone),
    cerFingerprint: input.cerFingerprint,
  };
};
