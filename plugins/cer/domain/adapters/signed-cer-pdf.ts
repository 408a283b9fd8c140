// The filed « CER signé »: one PDF holding the pages of the exact document shown to the person
// (when it was a PDF), an evidence page, and — as attachments — the exact signed bytes and the
// evidence as JSON, so that the document carries its own proof and its hash can be recomputed.
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString, StandardFonts, decodePDFRawStream, rgb } from 'pdf-lib';
import { EVIDENCE_NOTE, EVIDENCE_TITLE, evidenceLines, type SignedCerEvidence } from '../signature/signed-cer-evidence';

export const EVIDENCE_ATTACHMENT = 'preuve-signature.json';
const PDF_MIME = 'application/pdf';

const wrap = (text: string, width: number, measure: (s: string) => number): string[] => {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate) <= width || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  // A hash (one long "word") is cut to fit.
  return lines.flatMap((line) => (measure(line) <= width ? [line] : line.match(/.{1,48}/g) ?? [line]));
};

export const buildSignedCerPdf = async (signed: { bytes: Buffer; mime: string }, evidence: SignedCerEvidence, when: Date): Promise<Buffer> => {
  const doc = await PDFDocument.create();
  doc.setTitle(`CER signé n° ${evidence.cerNumber ?? ''} — dossier ${evidence.fileNumber ?? ''}`);
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  doc.setProducer('Accompagnement RSA');
  if (signed.mime === PDF_MIME) {
    const shown = await PDFDocument.load(signed.bytes);
    for (const page of await doc.copyPages(shown, shown.getPageIndices())) doc.addPage(page);
  }
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595.28, 841.89]);
  const left = 56;
  const width = 595.28 - 2 * left;
  let y = 780;
  page.drawText(EVIDENCE_TITLE, { x: left, y, size: 15, font: bold, color: rgb(0, 0, 0.45) });
  y -= 34;
  for (const [label, value] of evidenceLines(evidence)) {
    page.drawText(label, { x: left, y, size: 10, font: bold });
    y -= 14;
    for (const line of wrap(value, width, (s) => font.widthOfTextAtSize(s, 10))) {
      page.drawText(line, { x: left + 12, y, size: 10, font });
      y -= 13;
    }
    y -= 8;
  }
  y -= 10;
  for (const line of wrap(EVIDENCE_NOTE, width, (s) => font.widthOfTextAtSize(s, 9))) {
    page.drawText(line, { x: left, y, size: 9, font, color: rgb(0.25, 0.25, 0.25) });
    y -= 12;
  }
  await doc.attach(signed.bytes, evidence.signedContentName, { mimeType: signed.mime, description: 'Contenu signé, tel que présenté au signataire', creationDate: when, modificationDate: when });
  await doc.attach(Buffer.from(JSON.stringify(evidence, null, 2), 'utf8'), EVIDENCE_ATTACHMENT, { mimeType: 'application/json', description: 'Preuve de signature', creationDate: when, modificationDate: when });
  return Buffer.from(await doc.save({ useObjectStreams: false }));
};

const text = (value: unknown): string | null => (value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : null);

/** The attachments of a PDF by file name (the document's own EmbeddedFiles name tree, one level). */
export const readPdfAttachments = async (bytes: Buffer): Promise<Map<string, Buffer>> => {
  const doc = await PDFDocument.load(bytes);
  const found = new Map<string, Buffer>();
  const names = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict);
  const embedded = names?.lookupMaybe(PDFName.of('EmbeddedFiles'), PDFDict);
  const list = embedded?.lookupMaybe(PDFName.of('Names'), PDFArray);
  if (!list) return found;
  for (let i = 0; i + 1 < list.size(); i += 2) {
    const name = text(list.lookup(i));
    const spec = list.lookupMaybe(i + 1, PDFDict);
    const ef = spec?.lookupMaybe(PDFName.of('EF'), PDFDict);
    const stream = ef?.lookup(PDFName.of('F'));
    if (name && stream instanceof PDFRawStream) found.set(name, Buffer.from(decodePDFRawStream(stream).decode()));
  }
  return found;
};

export type SignedCerContent = { evidence: SignedCerEvidence; signedContent: Buffer };

/** The evidence and the exact signed bytes a filed « CER signé » carries; null when it carries none. */
export const readSignedCerPdf = async (bytes: Buffer): Promise<SignedCerContent | null> => {
  let attachments: Map<string, Buffer>;
  try {
    attachments = await readPdfAttachments(bytes);
  } catch {
    return null;
  }
  const json = attachments.get(EVIDENCE_ATTACHMENT);
  if (!json) return null;
  const evidence = JSON.parse(json.toString('utf8')) as SignedCerEvidence;
  const signedContent = attachments.get(evidence.signedContentName);
  return signedContent ? { evidence, signedContent } : null;
};
