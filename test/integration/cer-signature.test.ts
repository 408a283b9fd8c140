// Signature of a CER by SMS code through the outbox (FEATURES C5): the exact document, the code
// read from the outbox, expiry, attempts, a changed phone or CER, the signed document.
import { createHash } from 'crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { readSignedCerPdf } from '@rsa/plugin-cer/domain/adapters/signed-cer-pdf';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildWorld, createCer, type World } from './cer-world';

let app: TestApp;
let world: World;
const written: string[] = [];
let restore: Array<() => void> = [];
const storageDir = mkdtempSync(path.join(tmpdir(), 'rsa-signed-'));

beforeAll(async () => {
  app = await startTestApp({ APP_TODAY: '2024-05-15', DOCUMENTS_DIR: storageDir });
  world = await buildWorld(app);
  // Everything the server writes to the console during this file, to look for codes.
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      written.push(String(chunk));
      return (original as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    restore.push(() => (stream.write = original));
  }
});
afterAll(async () => {
  restore.forEach((undo) => undo());
  restore = [];
  delete process.env.APP_TODAY;
  delete process.env.DOCUMENTS_DIR;
  delete process.env.CER_SIGNATURE_PDF;
  await app?.stop();
  rmSync(storageDir, { recursive: true, force: true });
});

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const lastCode = async (): Promise<string> => {
  const [message] = await world.sql<{ text: string; to: string; provider: string }>('SELECT * FROM sms_messages ORDER BY id DESC LIMIT 1');
  expect(message).toMatchObject({ to: '+33612345678', provider: 'outbox' });
  const code = /(\d{6})/.exec(message.text)?.[1];
  if (!code) throw new Error('pas de code dans le dernier SMS');
  return code;
};

const wrong = (code: string): string => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

const start = async (id: unknown) => world.call<{ expiresAt: string; phoneMasked: string; documentSha256: string; message?: string }>('referent', 'POST', `/cers/${id}/signature`);

test('the console shows the frozen document, the référent starts, the person types the code: the signed CER is filed with its evidence', async () => {
  const cer = await createCer(world, { number: 1 }, 2);
  // Before the code is sent: the exact document that will be signed (frozen once, the same bytes each time).
  const preview = await world.download('referent', `/cers/${cer.id}/signature/document`);
  expect(preview.status).toBe(200);
  const previewSha = preview.headers.get('x-document-sha256');
  expect(sha256(preview.bytes)).toBe(previewSha);
  expect(sha256((await world.download('referent', `/cers/${cer.id}/signature/document`)).bytes)).toBe(previewSha);
  expect((await world.download('secretariat', `/cers/${cer.id}/signature/document`)).status).toBe(404);
  expect((await world.call('referent', 'POST', `/cers/${cer.id}/signature`, { documentSha256: 'f'.repeat(64) })).status).toBe(409);
  expect((await world.call('referent', 'GET', `/cers/${cer.id}`)).body).toMatchObject({ signature: null });
  const started = await world.call<{ expiresAt: string; phoneMasked: string; documentSha256: string; documentMime: string }>('referent', 'POST', `/cers/${cer.id}/signature`, { documentSha256: previewSha });
  expect(started.status).toBe(201);
  expect(started.body).toMatchObject({ phoneMasked: '06 ** ** ** 78', documentSha256: previewSha });
  expect(Date.parse(started.body.expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);
  expect(JSON.stringify(started.body)).not.toMatch(/"\d{6}"/);
  const code = await lastCode();
  expect(JSON.stringify(await world.sql('SELECT * FROM cer_signatures'))).not.toContain(code);
  const shown = await world.download('referent', `/cers/${cer.id}/signature/document`);
  expect(shown.status).toBe(200);
  expect(sha256(shown.bytes)).toBe(started.body.documentSha256);
  const miss = await world.call<{ message: string; error: { details: { remainingAttempts: number } } }>('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code: wrong(code) });
  expect(miss.status).toBe(422);
  expect(miss.body.message).toBe('Code incorrect. Il reste 4 essais.');
  expect((await world.call('secretariat', 'POST', `/cers/${cer.id}/signature/confirm`, { code })).status).toBe(403);
  expect((await world.call('otherReferent', 'POST', `/cers/${cer.id}/signature/confirm`, { code })).status).toBe(404);
  const signed = await world.call<{ documentSha256: string; documentMime: string; attempts: number; phoneMasked: string; documentId: number }>('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code });
  expect(signed.status).toBe(200);
  // What is signed is exactly what was shown.
  expect(signed.body).toMatchObject({ attempts: 2, phoneMasked: '06 ** ** ** 78', documentSha256: started.body.documentSha256, documentMime: started.body.documentMime });
  const detail = await world.call<Record<string, unknown>>('referent', 'GET', `/cers/${cer.id}`);
  expect(detail.body).toMatchObject({ agreement: 'oui', signedOn: '2024-05-15', hasSignedDocument: true, canStartSignature: false, signature: { status: 'signed' } });

  // The « Document signé »: the shown pages, an evidence page, the exact signed bytes attached.
  const document = await world.download('secretariat', `/cers/${cer.id}/signed-document`);
  expect(document.status).toBe(200);
  expect(document.headers.get('content-type')).toBe('application/pdf');
  expect(document.headers.get('content-disposition')).toBe('attachment; filename="CER-044506-1-signe.pdf"');
  // Read back from the document store: the same bytes, filed immutable as « CER signé ».
  const listed = await world.call<Array<{ id: number; type: string; folder: string; locked: boolean; sha256: string }>>('secretariat', 'GET', `/beneficiaries/${world.files.mine}/documents`);
  const filed = listed.body.find((d) => d.id === signed.body.documentId);
  expect(filed).toMatchObject({ type: 'cer_signe', folder: 'Contrats', locked: true, sha256: sha256(document.bytes) });
  const stored = await world.download('cadre', `/documents/${signed.body.documentId}/content`);
  expect(stored.bytes.equals(document.bytes)).toBe(true);
  const carried = await readSignedCerPdf(stored.bytes);
  expect(carried).not.toBeNull();
  expect(sha256(carried!.signedContent)).toBe(signed.body.documentSha256);
  expect(carried!.signedContent.equals(shown.bytes)).toBe(true);
  expect(carried!.evidence).toMatchObject({
    method: 'sms_code',
    signatory: 'Madame Élodie FAYOLLE',
    phoneMasked: '06 ** ** ** 78',
    attempts: 2,
    sha256: signed.body.documentSha256,
    referentLogin: 'claire.roux',
    referentSessionId: expect.stringMatching(/^session n° \d+$/),
    codeSentAt: expect.any(String),
    codeVerifiedAt: expect.any(String),
  });
  expect(JSON.stringify(carried!.evidence)).not.toContain(code);
  const pages = (await PDFDocument.load(stored.bytes)).getPageCount();
  if (started.body.documentMime === 'application/pdf') expect(pages).toBe((await PDFDocument.load(shown.bytes)).getPageCount() + 1);
  const [evidence] = await world.sql<{ evidence: string; code_hash: string | null }>("SELECT evidence, code_hash FROM cer_signatures WHERE status = 'signed'");
  expect(JSON.parse(evidence.evidence)).toMatchObject({ method: 'sms_code', sha256: signed.body.documentSha256, phoneMasked: '06 ** ** ** 78', attempts: 2, shownSha256: started.body.documentSha256, documentId: signed.body.documentId });
  expect(evidence.code_hash).toBeNull();

  // Verification recomputes the hash from the stored document; a tampered store is detected.
  const verified = await world.call<Record<string, unknown>>('cadre', 'GET', `/documents/${signed.body.documentId}/verification`);
  expect(verified.body).toMatchObject({ valid: true, fileIntact: true, recordedSha256: signed.body.documentSha256, recomputedSha256: signed.body.documentSha256 });
  expect((await world.call('otherReferent', 'GET', `/documents/${signed.body.documentId}/verification`)).status).toBe(404);
  expect((await world.call('referent', 'DELETE', `/documents/${signed.body.documentId}`)).status).toBe(409);
  const [storedFile] = readdirSync(path.join(storageDir, String(world.files.mine))).map((f) => path.join(storageDir, String(world.files.mine), f));
  const forged = await PDFDocument.create();
  forged.addPage();
  writeFileSync(storedFile, Buffer.from(await forged.save()));
  expect((await world.call('cadre', 'GET', `/documents/${signed.body.documentId}/verification`)).body).toMatchObject({ valid: false, fileIntact: false });

  // Agreement is now "oui": no new signature.
  expect((await start(cer.id)).status).toBe(409);
  expect(written.join('')).not.toContain(code);
  // The other scenarios are about the code, not the format: the .docx is frozen (no LibreOffice run).
  process.env.CER_SIGNATURE_PDF = 'false';
}, 180_000);

test('who may start it, on which CER, to which phone', async () => {
  const cer = await createCer(world, { number: 2 }, 1);
  expect((await world.call('secretariat', 'POST', `/cers/${cer.id}/signature`)).status).toBe(403);
  expect((await world.call('otherReferent', 'POST', `/cers/${cer.id}/signature`)).status).toBe(404);
  await world.call('referent', 'PUT', `/cers/${cer.id}`, { agreement: 'non' });
  expect((await start(cer.id)).status).toBe(409);
  await world.call('referent', 'PUT', `/cers/${cer.id}`, { agreement: 'nc' });
  await world.sql("UPDATE beneficiaries SET phone = '+33475000000' WHERE id = ?", [world.files.mine]);
  const landline = await start(cer.id);
  expect(landline.status).toBe(422);
  expect(landline.body.message).toMatch(/numéro de portable/);
  await world.sql("UPDATE beneficiaries SET phone = '+33612345678' WHERE id = ?", [world.files.mine]);
  expect((await world.call('referent', 'GET', `/cers/${cer.id}/signed-document`)).status).toBe(404);
});

test('an expired code cancels the signature', async () => {
  const cer = await createCer(world, { number: 3 }, 1);
  expect((await start(cer.id)).status).toBe(201);
  const code = await lastCode();
  await world.sql("UPDATE cer_signatures SET expires_at = ? WHERE cer_id = ? AND status = 'pending'", [new Date(Date.now() - 1000), cer.id]);
  const expired = await world.call<{ message: string }>('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code });
  expect(expired.status).toBe(409);
  expect(expired.body.message).toMatch(/expiré/);
  expect((await world.call('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code })).status).toBe(409);
  const [row] = await world.sql<{ status: string; cancel_reason: string }>('SELECT status, cancel_reason FROM cer_signatures WHERE cer_id = ?', [cer.id]);
  expect(row).toEqual({ status: 'cancelled', cancel_reason: 'expired' });
  const [cerRow] = await world.sql<{ agreement: string }>('SELECT agreement FROM cers WHERE id = ?', [cer.id]);
  expect(cerRow.agreement).toBe('nc');
});

test('five wrong codes cancel; a new start sends a new code and replaces the old one', async () => {
  const cer = await createCer(world, { number: 4 }, 1);
  await start(cer.id);
  const code = await lastCode();
  for (let i = 1; i <= 4; i += 1) {
    expect((await world.call('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code: wrong(code) })).status).toBe(422);
  }
  const fifth = await world.call<{ message: string }>('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code: wrong(code) });
  expect(fifth.status).toBe(409);
  expect(fifth.body.message).toMatch(/5 fois/);
  expect((await world.call('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code })).status).toBe(409);
  await start(cer.id);
  const first = await lastCode();
  await start(cer.id);
  const second = await lastCode();
  const statuses = await world.sql<{ status: string }>('SELECT status FROM cer_signatures WHERE cer_id = ? ORDER BY id', [cer.id]);
  expect(statuses.map((s) => s.status)).toEqual(['cancelled', 'cancelled', 'pending']);
  if (first !== second) expect((await world.call('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code: first })).status).toBe(422);
  expect((await world.call('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code: second })).status).toBe(200);
}, 120_000);

test('a changed phone number or a changed CER invalidates the pending signature', async () => {
  const cer = await createCer(world, { number: 5 }, 1);
  await start(cer.id);
  let code = await lastCode();
  await world.sql("UPDATE beneficiaries SET phone = '+33698765432' WHERE id = ?", [world.files.mine]);
  const phone = await world.call<{ message: string }>('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code });
  expect(phone.status).toBe(409);
  expect(phone.body.message).toMatch(/numéro de téléphone du dossier a changé/);
  await world.sql("UPDATE beneficiaries SET phone = '+33612345678' WHERE id = ?", [world.files.mine]);
  await start(cer.id);
  code = await lastCode();
  // The internal comment is not printed: editing it keeps the signature valid; the situation is.
  await world.call('referent', 'PUT', `/cers/${cer.id}`, { comment: 'autre note interne' });
  await world.call('referent', 'PUT', `/cers/${cer.id}`, { situation: 'Situation corrigée' });
  const changed = await world.call<{ message: string }>('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code });
  expect(changed.status).toBe(409);
  expect(changed.body.message).toMatch(/CER a été modifié/);
  await start(cer.id);
  code = await lastCode();
  await world.call('referent', 'PUT', `/cers/${cer.id}`, { comment: 'encore une note interne' });
  expect((await world.call('referent', 'POST', `/cers/${cer.id}/signature/confirm`, { code })).status).toBe(200);
}, 120_000);

test('the document is previewed before any SMS; a start on a CER changed since the preview sends nothing', async () => {
  const cer = await createCer(world, { number: 6, situation: 'Recherche d’un emploi de cariste' }, 1);
  const sent = async () => (await world.sql('SELECT id FROM sms_messages')).length;
  const before = await sent();
  const preview = await world.call<{ template: string; fingerprint: string; text: string }>('referent', 'GET', `/cers/${cer.id}/signature/preview`);
  expect(preview.status).toBe(200);
  expect(preview.body).toMatchObject({ template: 'sans-decision', fingerprint: expect.stringMatching(/\S/) });
  expect(preview.body.text).toContain('Recherche d’un emploi de cariste');
  expect(await sent()).toBe(before);
  expect((await world.call('secretariat', 'GET', `/cers/${cer.id}/signature/preview`)).status).toBe(403);
  expect((await world.call('otherReferent', 'GET', `/cers/${cer.id}/signature/preview`)).status).toBe(404);
  await world.call('referent', 'PUT', `/cers/${cer.id}`, { situation: 'Situation corrigée après l’aperçu' });
  const stale = await world.call<{ message: string }>('referent', 'POST', `/cers/${cer.id}/signature`, { shownFingerprint: preview.body.fingerprint });
  expect(stale.status).toBe(409);
  expect(stale.body.message).toMatch(/changé depuis l’aperçu/);
  expect(await sent()).toBe(before);
  const again = await world.call<{ fingerprint: string; text: string }>('referent', 'GET', `/cers/${cer.id}/signature/preview`);
  expect(again.body.text).toContain('Situation corrigée après l’aperçu');
  expect((await world.call('referent', 'POST', `/cers/${cer.id}/signature`, { shownFingerprint: again.body.fingerprint })).status).toBe(201);
  expect(await sent()).toBe(before + 1);
}, 120_000);
