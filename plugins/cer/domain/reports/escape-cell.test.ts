import { escapeCell } from './escape-cell';

describe('escapeCell', () => {
  test.each([
    ['=SOMME(A1:A2)', "'=SOMME(A1:A2)"],
    ['+33612345678', "'+33612345678"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\t=1', "'\t=1"],
    ['＝1', "'＝1"],
    ['Dupont', 'Dupont'],
    ['', ''],
    ['a=b', 'a=b'],
  ])('%j → %j', (input, expected) => {
    expect(escapeCell(input)).toBe(expected);
  });

  test('non-text values are left alone', () => {
    expect(escapeCell(-3)).toBe(-3);
    expect(escapeCell(null)).toBeNull();
    expect(escapeCell(true)).toBe(true);
  });
});
