import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkDocumentContent, parseMaxMb, type Sniffed } from './document-content';

const docx = readFileSync(path.resolve(__dirname, '../../cer/templates/cer-vierge.docx'));
const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const sniff = (ext: string): Sniffed => ({ ext, mime: `x/${ext}` });

describe('checkDocumentContent', () => {
  test.each<[string, Buffer, Sniffed, string]>([
    ['Word', docx, sniff('docx'), '.docx'],
    ['PDF', pdf, sniff('pdf'), '.pdf'],
    ['PNG', png, sniff('png'), '.png'],
    ['JPEG', jpeg, sniff('jpg'), '.jpg'],
  ])('%s is accepted', (_label, bytes, sniffed, extension) => {
    expect(checkDocumentContent(bytes, sniffed, 10)).toMatchObject({ ok: true, extension });
  });

  test.each<[string, Buffer, Sniffed, 413 | 415]>([
    ['empty', Buffer.alloc(0), undefined, 415],
    ['an HTML page', Buffer.from('<!doctype html><script>1</script>'), undefined, 415],
    ['an executable', Buffer.from('MZ\x90\x00\x03'), sniff('exe'), 415],
    ['bytes that file-type reads otherwise', pdf, sniff('png'), 415],
    ['a PDF file-type does not recognise', pdf, undefined, 415],
    ['over the limit', Buffer.concat([pdf, Buffer.alloc(2 * 1024 * 1024)]), sniff('pdf'), 413],
  ])('%s is refused (%s)', (_label, bytes, sniffed, status) => {
    const check = checkDocumentContent(bytes, sniffed, 2);
    expect(check).toMatchObject({ ok: false, status });
  });
});

test.each<[string | undefined, number]>([
  [undefined, 10],
  ['', 10],
  ['abc', 10],
  ['-1', 10],
  ['25', 25],
  ['0.5', 0.5],
])('parseMaxMb(%j) = %s', (raw, mb) => expect(parseMaxMb(raw)).toBe(mb));
