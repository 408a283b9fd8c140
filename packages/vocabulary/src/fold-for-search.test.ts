import { SQL_FOLDED_CHARACTERS, foldForSearch, foldSql } from './fold-for-search';

test.each([
  ['Droit clos', 'droit clos'],
  ['DROIT  CLOS', 'droit clos'],
  ['  Non soumis à droit et devoir ', 'non soumis a droit et devoir'],
  ['Élodie', 'elodie'],
  ['ÇA', 'ca'],
  ['Sœur Marie-Thérèse', 'soeur marie-therese'],
  ['ŒUVRE', 'oeuvre'],
  ['Lætitia', 'laetitia'],
  ['ÆSOPE', 'aesope'],
  ['Straße', 'strasse'],
  ['STRAẞE', 'strasse'],
  ['STRASSE', 'strasse'],
  ['L’Étang', "l'etang"],
  ['d‘Aubigné', "d'aubigne"],
  ['d`Aubigné', "d'aubigne"],
  ['d´Aubigné', "d'aubigne"],
  ["D'AUBIGNÉ", "d'aubigne"],
  ['Ÿvonne Ñúñez Åsa Øre', 'yvonne nunez asa øre'],
  ['a\t\nb', 'a b'],
  ['', ''],
])('foldForSearch(%j) → %j', (input, expected) => {
  expect(foldForSearch(input)).toBe(expected);
});

test('decomposed and composed accents fold alike', () => {
  expect(foldForSearch('é'.normalize('NFD'))).toBe(foldForSearch('é'.normalize('NFC')));
});

test('the SQL table covers French letters and the spelled-out ones', () => {
  const table = new Map(SQL_FOLDED_CHARACTERS);
  for (const [c, folded] of [['É', 'e'], ['à', 'a'], ['Ç', 'c'], ['ß', 'ss'], ['Œ', 'oe'], ['æ', 'ae'], ['’', "'"], ['Ÿ', 'y']]) {
    expect(table.get(c)).toBe(folded);
  }
  // Nothing that folds to itself (× ÷), nothing ASCII but the backtick (LOWER does the rest).
  expect(table.has('×')).toBe(false);
  expect([...table.keys()].filter((c) => c.charCodeAt(0) < 0x80)).toEqual(['`']);
});

// The same pinning runs on PostgreSQL in test/integration/accent-folding.test.ts.
test('foldSql folds each character as foldForSearch does (SQLite)', () => {
  // The CMS's own driver (no type package installed: the two calls used are typed here).
  type Statement = { get(value: string): { folded: string } | undefined };
  type Database = { prepare(sql: string): Statement; close(): void };
  const open = require('better-sqlite3') as new (file: string) => Database;
  const db = new open(':memory:');
  try {
    const fold = db.prepare(`SELECT ${foldSql('?')} AS folded`);
    const samples = [...SQL_FOLDED_CHARACTERS.map(([c]) => c), 'Straße', 'ŒUVRE', "d’Aubigné", 'Élodie DUPONT', 'Lætitia'];
    for (const sample of samples) expect([sample, fold.get(sample)?.folded]).toEqual([sample, foldForSearch(sample)]);
  } finally {
    db.close();
  }
});
