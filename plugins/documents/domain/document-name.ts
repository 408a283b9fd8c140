// Names of the file's documents (FEATURES D2): letters without accents, digits, `_` and `-`,
// then the extension of what the content is. A name that breaks the rule is fixed when it can be
// (accents dropped, spaces and punctuation become `_`); one with nothing left is refused, with the
// rule shown.
export const DOCUMENT_NAME_RULE = 'Le nom d’un document ne contient que des lettres sans accent, des chiffres, « _ » et « - » (100 caractères au plus).';
export const DOCUMENT_NAME_MAX = 100;

export type DocumentNameCheck = { ok: true; name: string; fixed: boolean } | { ok: false; message: string };

const stripExtension = (raw: string, extensions: readonly string[]): string => {
  const lower = raw.toLowerCase();
  const known = extensions.find((ext) => lower.endsWith(ext));
  if (known) return raw.slice(0, raw.length - known.length);
  // Another extension (.jpeg of a .jpg, .PDF…) goes too: the content decides the extension.
  return raw.replace(/\.[A-Za-z0-9]{1,5}$/, '');
};

/**
 * `raw`: the name asked for (or the uploaded file's name); `extension`: the one of the content
 * (`.pdf`, `.docx`, `.png`, `.jpg`); `accepted`: every extension of that content.
 */
export const checkDocumentName = (raw: string, extension: string, accepted: readonly string[] = [extension]): DocumentNameCheck => {
  const original = stripExtension(raw.trim(), [...accepted, extension]);
  const base = original
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, (c) => (c === 'œ' ? 'oe' : 'OE'))
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'))
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/_{2,}/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, DOCUMENT_NAME_MAX);
  if (base === '') return { ok: false, message: `Nom de document refusé : « ${raw.trim()} ». ${DOCUMENT_NAME_RULE}` };
  return { ok: true, name: `${base}${extension}`, fixed: base !== original };
};

/** The code of a nomenclature's document type, from its name (« CER signé » → cer_signe). */
export const documentTypeCode = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
