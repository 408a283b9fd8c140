import fc from 'fast-check';
import { escapeCell, escapeRow } from './escape-cell';

test.each<[unknown, unknown]>([
  ['=1+1', "'=1+1"],
  ['+33 6 12 34 56 78', "'+33 6 12 34 56 78"],
  ['-2', "'-2"],
  ['@SUM(A1)', "'@SUM(A1)"],
  ['\t=cmd', "'\t=cmd"],
  ['\r=cmd', "'\r=cmd"],
  ['＝HYPERLINK("x")', '\'＝HYPERLINK("x")'],
  ['=SOMME(A1:A2)', "'=SOMME(A1:A2)"],
  ['＋33', "'＋33"],
  ['＠cmd', "'＠cmd"],
  ['－1', "'－1"],
  ['Dupont', 'Dupont'],
  ['a=b', 'a=b'],
  [' =1+1', ' =1+1'],
  ["'déjà", "'déjà"],
  ['', ''],
  [-2, -2],
  [0, 0],
  [true, true],
  [null, null],
  [undefined, undefined],
])('escapeCell(%j) → %j', (value, expected) => {
  expect(escapeCell(value as string)).toEqual(expected);
});

test('dates pass through untouched', () => {
  const d = new Date('2024-02-29T00:00:00Z');
  expect(escapeCell(d)).toBe(d);
});

test('escapeRow', () => {
  expect(escapeRow(['=A1', 'ok', 3])).toEqual(["'=A1", 'ok', 3]);
});

test('no escaped string starts with a formula character', () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      const escaped = escapeCell(s);
      return !/^[=+\-@\t\r＝＋－＠]/.test(escaped) && (escaped === s || escaped === `'${s}`);
    }),
  );
});
