import { foldForSearch } from './fold-for-search';

test.each([
  ['Droit clos', 'droit clos'],
  ['DROIT  CLOS', 'droit clos'],
  ['  Non soumis à droit et devoir ', 'non soumis a droit et devoir'],
  ['Élodie', 'elodie'],
  ['ÇA', 'ca'],
  ['Sœur Marie-Thérèse', 'soeur marie-therese'],
  ['L’Étang', "l'etang"],
  ['a\t\nb', 'a b'],
  ['', ''],
])('foldForSearch(%j) → %j', (input, expected) => {
  expect(foldForSearch(input)).toBe(expected);
});

test('decomposed and composed accents fold alike', () => {
  expect(foldForSearch('é'.normalize('NFD'))).toBe(foldForSearch('é'.normalize('NFC')));
});
