// One folding for every comparison users expect to be forgiving (F1 search, F2 characteristic
// values): the old system matched "Droit clos" only with the exact case and accents.
// The server applies the same folding to the stored column (a generated or maintained
// `*_folded` column) so that SQLite and PostgreSQL compare alike without collations.
export function foldForSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
