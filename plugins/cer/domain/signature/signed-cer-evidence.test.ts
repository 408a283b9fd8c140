import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { buildSignedCerPdf, readSignedCerPdf } from '../adapters/signed-cer-pdf';
import { bothTimes, evidenceLines, type SignedCerEvidence } from './signed-cer-evidence';

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

const evidenceFor = (bytes: Buffer, name: string, mime: string): SignedCerEvidence => ({
  method: 'sms_code',
  version: 1,
  cerId: 7,
  cerNumber: 2,
  fileNumber: '044506',
  signatory: 'Madame Élodie FAYOLLE',
  phoneMasked: '06 ** ** ** 78',
  codeSentAt: '2024-05-15T12:01:02.000Z',
  codeVerifiedAt: '2024-05-15T12:03:07.123Z',
  attempts: 1,
  sha256: sha256(bytes),
  signedContentName: name,
  signedContentMime: mime,
  cerFingerprint: 'f'.repeat(64),
  referentLogin: 'claire.roux',
  referentName: 'Claire ROUX',
  referentSessionId: 'session n° 12',
});

test.each([
  ['2024-05-15T12:03:07.123Z', '15/05/2024 à 14:03:07 UTC+2 (heure de Paris) — 2024-05-15T12:03:07Z (UTC)'],
  ['2024-01-31T23:30:00Z', '01/02/2024 à 00:30:00 UTC+1 (heure de Paris) — 2024-01-31T23:30:00Z (UTC)'],
])('bothTimes(%s)', (iso, text) => expect(bothTimes(iso)).toBe(text));

test('the evidence page says who, which phone, when (UTC and Paris), which hash, which session', () => {
  const lines = Object.fromEntries(evidenceLines(evidenceFor(Buffer.from('x'), 'cer.pdf', 'application/pdf')));
  expect(lines).toMatchObject({
    Signataire: 'Madame Élodie FAYOLLE',
    'Téléphone du signataire': '06 ** ** ** 78',
    'Code envoyé le': expect.stringContaining('14:01:02 UTC+2'),
    'Code vérifié le': expect.stringContaining('2024-05-15T12:03:07Z (UTC)'),
    'Empreinte SHA-256 du contenu signé': sha256(Buffer.from('x')),
    'Session du référent': 'session n° 12',
  });
});

test('a shown PDF: its pages, then the evidence page; the exact bytes and the evidence read back', async () => {
  const shown = await PDFDocument.create();
  shown.addPage().drawText('CER', { font: await shown.embedFont(StandardFonts.Helvetica) });
  shown.addPage();
  const bytes = Buffer.from(await shown.save());
  const evidence = evidenceFor(bytes, 'CER-044506-2.pdf', 'application/pdf');
  const filed = await buildSignedCerPdf({ bytes, mime: 'application/pdf' }, evidence, new Date('2024-05-15T12:03:07Z'));
  expect((await PDFDocument.load(filed)).getPageCount()).toBe(3);
  const read = await readSignedCerPdf(filed);
  expect(read?.evidence).toEqual(evidence);
  expect(sha256(read!.signedContent)).toBe(evidence.sha256);
});

test('a shown Word document: the evidence page, the .docx attached as it was', async () => {
  const docx = readFileSync(path.resolve(__dirname, '../../templates/cer-vierge.docx'));
  const evidence = evidenceFor(docx, 'CER-044506-2.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  const filed = await buildSignedCerPdf({ bytes: docx, mime: evidence.signedContentMime }, evidence, new Date());
  expect((await PDFDocument.load(filed)).getPageCount()).toBe(1);
  const read = await readSignedCerPdf(filed);
  expect(read!.signedContent.equals(docx)).toBe(true);
});

test('a PDF without evidence is no signed CER', async () => {
  const plain = await PDFDocument.create();
  plain.addPage();
  expect(await readSignedCerPdf(Buffer.from(await plain.save()))).toBeNull();
  expect(await readSignedCerPdf(Buffer.from('not a pdf'))).toBeNull();
});
