import PizZip from 'pizzip';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const decode = (value: string): string =>
  value.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return ENTITIES[entity] ?? whole;
  });

const TOKENS = /<w:p\/>|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\s*\/>|<w:tab\s*\/>/g;

// The visible text of word/document.xml: runs joined, one line per paragraph, line breaks and
// tabs kept. For tests and previews; it ignores headers, footers and text boxes.
export const extractDocxText = (docx: Buffer): string => {
  const xml = new PizZip(docx).file('word/document.xml')?.asText();
  if (xml === undefined) throw new Error('word/document.xml absent : ce fichier n’est pas un document Word.');
  let out = '';
  for (const match of xml.matchAll(TOKENS)) {
    const token = match[0];
    if (token.startsWith('<w:tab')) out += '\t';
    else if (token.startsWith('<w:br')) out += '\n';
    else if (token.startsWith('<w:t')) out += decode(match[1] ?? '');
    else if (token === '</w:p>' || token === '<w:p/>') out += '\n';
  }
  return out;
};
