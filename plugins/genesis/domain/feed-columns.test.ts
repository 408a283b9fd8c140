import { FEED_COLUMNS, FEED_HEADER, REQUIRED_COLUMNS, feedColumn, isFeedColumnName } from './feed-columns';

test('the catalogue has every header column once, in header order', () => {
  expect(FEED_COLUMNS.map((column) => column.name)).toEqual([...FEED_HEADER]);
});

test.each([
  ['ID_INDIVIDU', true, 'text'],
  ['CIVILITE', false, 'code'],
  ['DATE_NAISSANCE', true, 'date'],
  ['CODE_INSEE', true, 'insee'],
  ['CODE_POSTAL', false, 'text'],
  ['ETAT_DROIT', true, 'code'],
  ['DATE_ETAT_DROIT', true, 'date'],
  ['ORIENTATION', false, 'code'],
  ['REFERENT_STRUCTURE', true, 'text'],
  ['DATE_DESIGNATION_REFERENT', true, 'date'],
  ['DATE_MIDEM', false, 'date'],
  ['MOTIF_MIDEM', false, 'text'],
] as const)('%s: required %s, kind %s', (name, required, kind) => {
  expect(feedColumn(name)).toMatchObject({ name, required, kind });
});

test('ETAT_DROIT allows the CNAF codes 2 to 6', () => {
  expect(feedColumn('ETAT_DROIT')).toMatchObject({ codes: ['2', '3', '4', '5', '6'] });
});

test('required columns of the contract', () => {
  expect(REQUIRED_COLUMNS).toEqual([
    'ID_INDIVIDU', 'NUM_FOYER', 'ROLE', 'ORGANISME', 'MATRICULE', 'NOM', 'PRENOM', 'DATE_NAISSANCE',
    'CODE_INSEE', 'ETAT_DROIT', 'DATE_ETAT_DROIT', 'SDD', 'DTAS', 'REFERENT_ID', 'REFERENT_NOM',
    'REFERENT_STRUCTURE', 'DATE_DESIGNATION_REFERENT',
  ]);
});

test.each([
  ['NOM', true],
  ['nom', false],
  ['COMMENTAIRE', false],
])('isFeedColumnName(%s) = %s', (name, expected) => {
  expect(isFeedColumnName(name)).toBe(expected);
});
