import { randomBytes } from 'node:crypto';
import type { CerPrintedFields } from '../documents/cer-document-data.type';
import { cerFingerprint } from './cer-fingerprint';
import { checkSignatureCode, type SignatureCheckContext } from './check-signature-code';
import { isFrenchMobile, maskPhone, normalizeFrenchPhone, toInternationalDigits } from './french-phone';
import type { PendingSignature, RandomBytes } from './pending-signature.type';
import { signatureEvidence } from './signature-evidence';
import { signatureSmsText } from './signature-sms-text';
import { startSignature } from './start-signature';

const NOW = new Date('2024-05-13T09:00:00.000Z');
const at = (ms: number): Date => new Date(NOW.getTime() + ms);

// Returns the given byte chunks in order, then zeros.
const scriptedRandom = (...chunks: number[][]): RandomBytes => {
  const queue = [...chunks];
  return (size) => Uint8Array.from(queue.shift() ?? new Array<number>(size).fill(0));
};

const printed: CerPrintedFields = {
  number: 2,
  start: '2024-06-01',
  end: '2024-11-30',
  signedOn: '2024-05-13',
  situation: 'Situation',
  evaluation: 'Évaluation',
  expression: 'Expression',
  agreement: 'nc',
  departmentDecision: null,
  decision: null,
  validatedOn: null,
  notValidatedOn: null,
  objectives: [
    { theme: 'Emploi', description: 'Chercher' },
    { theme: 'Santé', description: 'Bilan' },
  ],
};
const FINGERPRINT = cerFingerprint(printed);

// 0x0001E240 = 123456
const start = (): PendingSignature & { code: string } =>
  startSignature({ cerFingerprint: FINGERPRINT, phone: '06 12 34 56 78', now: NOW, random: scriptedRandom([0, 1, 0xe2, 0x40]) });

const context: SignatureCheckContext = { now: at(60_000), currentPhone: '0612345678', currentCerFingerprint: FINGERPRINT };

describe('French phone numbers', () => {
  test.each<[string, string | null, boolean, string]>([
    ['06 12 34 56 78', '0612345678', true, '06 ** ** ** 78'],
    ['07.98.76.54.32', '0798765432', true, '07 ** ** ** 32'],
    ['+33 6 12 34 56 78', '0612345678', true, '06 ** ** ** 78'],
    ['+33 (0)7 12 34 56 78', '0712345678', true, '07 ** ** ** 78'],
    ['0033612345678', '0612345678', true, '06 ** ** ** 78'],
    ['33612345678', '0612345678', true, '06 ** ** ** 78'],
    ['04 75 66 77 88', '0475667788', false, '04 ** ** ** 88'],
    ['+33 4 75 66 77 88', '0475667788', false, '04 ** ** ** 88'],
    ['06 12 34 56 7', null, false, '** ** ** ** **'],
    ['+44 7700 900123', null, false, '** ** ** ** **'],
    ['', null, false, '** ** ** ** **'],
  ])('%j → %j, mobile %s, masked %j', (raw, normalised, mobile, masked) => {
    expect(normalizeFrenchPhone(raw)).toBe(normalised);
    expect(isFrenchMobile(raw)).toBe(mobile);
    expect(maskPhone(raw)).toBe(masked);
  });

  test('international digits for the gateway', () => {
    expect(toInternationalDigits('06 12 34 56 78')).toBe('33612345678');
    expect(toInternationalDigits('n/a')).toBeNull();
  });
});

describe('startSignature', () => {
  test('draws a 6-digit code, hashes it with a salt, expires in 10 minutes', () => {
    const started = start();
    expect(started).toMatchObject({
      code: '123456',
      attempts: 0,
      phone: '0612345678',
      phoneMasked: '06 ** ** ** 78',
      cerFingerprint: FINGERPRINT,
      startedAt: '2024-05-13T09:00:00.000Z',
      expiresAt: '2024-05-13T09:10:00.000Z',
    });
    expect(started.codeHash).toMatch(/^sha256:[0-9a-f]{32}:[0-9a-f]{64}$/);
    expect(started.codeHash).not.toContain('123456');
  });

  test('pads small codes and rejects biased draws', () => {
    // 0xFFFFFFFF is above the unbiased limit and must be redrawn; then 42 → "000042".
    const started = startSignature({
      cerFingerprint: FINGERPRINT,
      phone: '0612345678',
      now: NOW,
      random: scriptedRandom([0xff, 0xff, 0xff, 0xff], [0, 0, 0, 42]),
    });
    expect(started.code).toBe('000042');
  });

  test('the same code gets a different hash with another salt', () => {
    const a = startSignature({ cerFingerprint: FINGERPRINT, phone: '0612345678', now: NOW, random: scriptedRandom([0, 1, 0xe2, 0x40], new Array(16).fill(1)) });
    const b = startSignature({ cerFingerprint: FINGERPRINT, phone: '0612345678', now: NOW, random: scriptedRandom([0, 1, 0xe2, 0x40], new Array(16).fill(2)) });
    expect(a.code).toBe(b.code);
    expect(a.codeHash).not.toBe(b.codeHash);
  });

  test('real randomness gives 6 digits', () => {
    for (let i = 0; i < 50; i += 1) {
      expect(startSignature({ cerFingerprint: FINGERPRINT, phone: '0612345678', now: NOW, random: randomBytes }).code).toMatch(/^\d{6}$/);
    }
  });

  test.each(['04 75 66 77 88', 'inconnu', ''])('refuses a non-mobile number %j', (phone) => {
    expect(() => startSignature({ cerFingerprint: FINGERPRINT, phone, now: NOW, random: randomBytes })).toThrow(
      expect.objectContaining({ code: 'invalid_phone' }),
    );
  });
});

describe('checkSignatureCode', () => {
  const { code: _code, ...pending } = start();

  test.each<[string, string, Partial<SignatureCheckContext>, string, number | undefined, 'kept' | 'bumped' | 'cancelled']>([
    ['expired exactly at the deadline', '123456', { now: at(600_000) }, 'expired', undefined, 'cancelled'],
    ['expired after the deadline', '123456', { now: at(3_600_000) }, 'expired', undefined, 'cancelled'],
    ['wrong code', '654321', {}, 'wrong_code', 4, 'bumped'],
    ['malformed code costs nothing', '12345', {}, 'wrong_code', 5, 'kept'],
    ['letters cost nothing', 'abcdef', {}, 'wrong_code', 5, 'kept'],
    ['phone changed', '123456', { currentPhone: '0698765432' }, 'phone_changed', undefined, 'cancelled'],
    ['phone removed', '123456', { currentPhone: null }, 'phone_changed', undefined, 'cancelled'],
    ['CER changed', '123456', { currentCerFingerprint: cerFingerprint({ ...printed, end: '2024-12-31' }) }, 'cer_changed', undefined, 'cancelled'],
  ])('%s', (_name, typed, overrides, code, remaining, next) => {
    const result = checkSignatureCode(pending, typed, { ...context, ...overrides });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.remainingAttempts).toBe(remaining);
    expect(result.error.message).toMatch(/^[A-ZÉ]/);
    if (next === 'cancelled') expect(result.pending).toBeNull();
    if (next === 'kept') expect(result.pending).toBe(pending);
    if (next === 'bumped') expect(result.pending).toEqual({ ...pending, attempts: 1 });
  });

  test.each<[string, number, string, Partial<SignatureCheckContext>]>([
    ['right code', 1, '123456', {}],
    ['right code with spaces', 1, '123 456', {}],
    ['one millisecond before the deadline', 1, '123456', { now: at(599_999) }],
    ['phone written differently', 1, '123456', { currentPhone: '+33 6 12 34 56 78' }],
  ])('%s signs', (_name, attempts, typed, overrides) => {
    expect(checkSignatureCode(pending, typed, { ...context, ...overrides })).toEqual({
      ok: true,
      signedAt: (overrides.now ?? context.now).toISOString(),
      attempts,
    });
  });

  test('four wrong codes leave one try; the right one still signs', () => {
    let current: PendingSignature = pending;
    const messages: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const result = checkSignatureCode(current, '000000', context);
      if (result.ok || result.pending === null) throw new Error('should be a retryable wrong code');
      messages.push(result.error.message);
      current = result.pending;
    }
    expect(messages).toEqual([
      'Code incorrect. Il reste 4 essais.',
      'Code incorrect. Il reste 3 essais.',
      'Code incorrect. Il reste 2 essais.',
      'Code incorrect. Il reste 1 essai.',
    ]);
    expect(checkSignatureCode(current, '123456', context)).toMatchObject({ ok: true, attempts: 5 });
  });

  test('the fifth wrong code cancels the signature', () => {
    let current: PendingSignature = pending;
    for (let i = 0; i < 4; i += 1) {
      const result = checkSignatureCode(current, '000000', context);
      if (result.ok || result.pending === null) throw new Error('should be a retryable wrong code');
      current = result.pending;
    }
    expect(checkSignatureCode(current, '000000', context)).toMatchObject({
      ok: false,
      pending: null,
      error: {
        code: 'too_many_attempts',
        message: 'Code incorrect saisi 5 fois : la signature est annulée. Relancez-la pour recevoir un nouveau code.',
      },
    });
    // A stored signature already at the limit is refused even with the right code.
    expect(checkSignatureCode({ ...pending, attempts: 5 }, '123456', context)).toMatchObject({
      ok: false,
      error: { code: 'too_many_attempts' },
    });
  });
});

describe('cerFingerprint', () => {
  test('is stable and ignores key order and non-printed fields', () => {
    const reordered = Object.fromEntries(Object.entries(printed).reverse()) as CerPrintedFields;
    const withInternals = { ...printed, comment: 'note interne', priority: 'Haute', referentNote: 'x' };
    expect(cerFingerprint(reordered)).toBe(FINGERPRINT);
    expect(cerFingerprint(withInternals)).toBe(FINGERPRINT);
    expect(FINGERPRINT).toMatch(/^[0-9a-f]{64}$/);
  });

  test.each<[string, Partial<CerPrintedFields>]>([
    ['end', { end: '2024-12-31' }],
    ['situation', { situation: 'Autre' }],
    ['agreement', { agreement: 'oui' }],
    ['decision', { decision: 'Validé' }],
    ['objective text', { objectives: [{ theme: 'Emploi', description: 'Chercher' }, { theme: 'Santé', description: 'Bilan complet' }] }],
    ['objective order', { objectives: [{ theme: 'Santé', description: 'Bilan' }, { theme: 'Emploi', description: 'Chercher' }] }],
    ['null vs empty', { situation: '' }],
  ])('changes with %s', (_name, change) => {
    expect(cerFingerprint({ ...printed, ...change })).not.toBe(FINGERPRINT);
  });
});

describe('evidence and SMS text', () => {
  test('signatureEvidence hashes the exact document', () => {
    const evidence = signatureEvidence(Buffer.from('abc'), {
      phoneMasked: '06 ** ** ** 78',
      signedAt: '2024-05-13T09:01:00.000Z',
      attempts: 2,
      cerFingerprint: FINGERPRINT,
    });
    expect(evidence).toEqual({
      method: 'sms_code',
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      phoneMasked: '06 ** ** ** 78',
      signedAt: '2024-05-13T09:01:00.000Z',
      attempts: 2,
      cerFingerprint: FINGERPRINT,
    });
  });

  test('the SMS text fits one SMS', () => {
    const text = signatureSmsText('123456');
    expect(text).toBe("Votre code de signature du contrat d'engagement réciproque : 123456. Il expire dans 10 minutes.");
    expect(text.length).toBeLessThanOrEqual(160);
    expect(() => signatureSmsText('12345')).toThrow(RangeError);
  });
});
