import { meetsPasswordRule } from './password-rules';

test.each([
  ['Accompagnement-RSA-2026', true],
  ['Abcdefgh1!xy', true], // 12, four classes
  ['Abcdefgh1!x', false], // 11
  ['Abcdefghij1234', true], // 14, three classes
  ['Abcdefghij123', false], // 13 without special
  ['abcdefghij1234!', false], // no upper
  ['ABCDEFGHIJ1234!', false], // no lower
  ['Abcdefghijklmn!', false], // no digit
  ['Élodie-Ardèche-07', true], // accented letters count as letters
  ['', false],
])('%j → %j', (password, expected) => {
  expect(meetsPasswordRule(password)).toBe(expected);
});
