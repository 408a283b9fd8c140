import { readFileSync } from 'node:fs';
import path from 'node:path';
import PizZip from 'pizzip';
import { checkUpload, detectUploadKind, plausibleZipExpansion, type UploadKind } from './upload-content';

const docx = readFileSync(path.resolve(__dirname, '../../templates/cer-vierge.docx'));
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a2dd2ae50000000049454e44ae426082', 'hex');
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF')]);
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const zipOf = (files: Record<string, string>): Buffer => {
  const zip = new PizZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generate({ type: 'nodebuffer' });
};
const plainZip = zipOf({ 'evil.html': '<script>alert(1)</script>' });
// A macro-enabled Word document declares another main content type.
const docm = (() => {
  const zip = new PizZip(docx);
  const types = zip.file('[Content_Types].xml')!.asText().replace('wordprocessingml.document.main+xml', 'ms-word.document.macroEnabled.main+xml');
  zip.file('[Content_Types].xml', types);
  return zip.generate({ type: 'nodebuffer' });
})();
// A Word package whose document inflates from a few kilobytes to 20 Mo (a zip bomb).
const bomb = (() => {
  const zip = new PizZip(docx);
  zip.file('word/media/padding.bin', Buffer.alloc(20 * 1024 * 1024));
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
})();
const withoutDocument = (() => {
  const zip = new PizZip(docx);
  zip.remove('word/document.xml');
  return zip.generate({ type: 'nodebuffer' });
})();

describe('detectUploadKind', () => {
  test.each<[string, Buffer, UploadKind | null]>([
    ['a Word document', docx, 'docx'],
    ['a PNG image', png, 'png'],
    ['a JPEG image', jpeg, 'jpeg'],
    ['a PDF', pdf, 'pdf'],
    ['an HTML page', Buffer.from('<!doctype html><script src="evil.js"></script>'), null],
    ['a script', Buffer.from('fetch("/x?t="+localStorage.getItem("token"))'), null],
    ['an SVG image (it can carry script)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), null],
    ['a zip that is no Word document', plainZip, null],
    ['a macro-enabled Word document', docm, null],
    ['a Word package without its document', withoutDocument, null],
    ['a truncated zip', docx.subarray(0, 200), null],
    ['a Word package that inflates a thousand times (zip bomb)', bomb, null],
    ['nothing', Buffer.alloc(0), null],
  ])('%s', (_label, bytes, kind) => {
    expect(detectUploadKind(bytes)).toBe(kind);
  });
});

describe('checkUpload', () => {
  test.each<[string, Buffer, string | null]>([
    ['modele.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['Logo.PNG', png, 'image/png'],
    ['photo.jpg', jpeg, 'image/jpeg'],
    ['photo.jpeg', jpeg, 'image/jpeg'],
    ['courrier.pdf', pdf, 'application/pdf'],
    ['evil.html', Buffer.from('<html><script>1</script></html>'), null],
    ['evil.js', Buffer.from('alert(1)'), null],
    ['image.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), null],
    ['modele.png', docx, null],
    ['evil.html', png, null],
    ['image.png', pdf, null],
    ['sans-extension', png, null],
  ])('%s', (name, bytes, mime) => {
    const check = checkUpload(name, bytes);
    if (mime === null) {
      expect(check.ok).toBe(false);
      if (!check.ok) expect(check.message).toMatch(/^Fichier « .* » refusé : /);
    } else {
      expect(check).toEqual({ ok: true, kind: expect.any(String), mime });
    }
  });

  test('a Word document named .png is told what it is', () => {
    const check = checkUpload('modele.png', docx);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toBe('Fichier « modele.png » refusé : son contenu est un document Word (.docx), son nom doit finir par .docx.');
  });

  test('an HTML page is told which types are accepted', () => {
    const check = checkUpload('evil.html', Buffer.from('<html></html>'));
    if (!check.ok) expect(check.message).toContain('Seuls sont acceptés les documents Word (.docx), les documents PDF et les images PNG ou JPEG');
  });
});

describe('plausibleZipExpansion', () => {
  const MB = 1024 * 1024;
  test.each<[string, number, number, boolean]>([
    ['a small document inflating 10 times', 30_000, 300_000, true],
    ['a small archive, even very compressible', 1_000, 4 * MB, true],
    ['5 Mo and more at most 100 times', 200_000, 10 * MB, true],
    ['20 Mo from 20 ko', 20_000, 20 * MB, false],
    ['over 200 Mo whatever the ratio', 150 * MB, 201 * MB, false],
  ])('%s', (_label, compressedSize, uncompressedSize, plausible) => {
    expect(plausibleZipExpansion([{ compressedSize, uncompressedSize }])).toBe(plausible);
  });
});
