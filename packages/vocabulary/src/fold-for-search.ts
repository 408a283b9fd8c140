// One folding for every comparison users expect to be forgiving (F1 name search, F2
// characteristic values, notes, the directory): "STRASSE" finds "Straße", "oeuvre" finds
// "Œuvre", "d’Aubigne" finds "d'Aubigné". The code folds with `foldForSearch`; the database
// stores folded columns computed by that same function (beneficiaries.search_text, at import),
// and where SQL must fold a raw column it uses `foldSql`, generated from the same table below.

// What folding does beyond "remove the diacritics and lower the case": ß and the ligatures
// spell out, the apostrophe family becomes the typewriter apostrophe.
const SPELLED_OUT: ReadonlyArray<readonly [string, string]> = [
  ['ß', 'ss'],
  ['ẞ', 'ss'],
  ['œ', 'oe'],
  ['Œ', 'oe'],
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['’', "'"],
  ['‘', "'"],
  ['`', "'"],
  ['´', "'"],
];
const SPELLED_OUT_PATTERN = new RegExp(`[${SPELLED_OUT.map(([from]) => from).join('')}]`, 'gu');
const SPELLED_OUT_MAP: ReadonlyMap<string, string> = new Map(SPELLED_OUT);

export const foldForSearch = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(SPELLED_OUT_PATTERN, (c) => SPELLED_OUT_MAP.get(c) ?? c)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The key the beneficiary list sorts names by, in French order: folded, so BÉRAUD comes before
 * BOUKHARI and ÇELIK among the C (stored in beneficiaries.sort_name at import, indexed).
 */
export const nameSortKey = (lastName: string | null | undefined, firstName: string | null | undefined): string =>
  foldForSearch(`${lastName ?? ''} ${firstName ?? ''}`);

// The characters SQL folds, each with what `foldForSearch` makes of it: the Latin-1 letters
// (French and its neighbours), Œ œ Ÿ and the spelled-out ones. Neither database has a portable
// unaccent and SQLite's LOWER only knows ASCII, so SQL replaces each one; ASCII letters are
// left to LOWER.
const latin1 = Array.from({ length: 0x100 - 0xc0 }, (_, i) => String.fromCharCode(0xc0 + i));
export const SQL_FOLDED_CHARACTERS: ReadonlyArray<readonly [string, string]> = [
  ...new Set([...latin1, 'Œ', 'œ', 'Ÿ', ...SPELLED_OUT.map(([from]) => from)]),
]
  .map((c) => [c, foldForSearch(c)] as const)
  .filter(([c, folded]) => folded !== c);

const sqlText = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/**
 * SQL expression folding `expression` as `foldForSearch` folds each character (SQLite and
 * PostgreSQL alike). Whitespace is not collapsed: callers split the folded query into words.
 */
export const foldSql = (expression: string): string => {
  let sql = expression;
  for (const [from, to] of SQL_FOLDED_CHARACTERS) sql = `REPLACE(${sql}, ${sqlText(from)}, ${sqlText(to)})`;
  return `LOWER(${sql})`;
};
