import { isValidLogin, normalizeLogin, validateLogin } from './login-validation';

describe('validateLogin', () => {
  test.each([
    ['jdupont', true],
    ['j.dupont', true],
    ['jean-pierre_dupont2', true],
    ['abc', true],
    ['a'.repeat(64), true],
    ['ab', false],
    ['a'.repeat(65), false],
    ['', false],
    ['JDupont', false],
    ['élodie', false],
    ['j dupont', false],
    ['j@dupont', false],
    ['dupont;drop', false],
  ])('%j → %j', (login, ok) => {
    expect(validateLogin(login).ok).toBe(ok);
    expect(isValidLogin(login)).toBe(ok);
  });

  test.each([
    ['ab', 'L’identifiant doit contenir entre 3 et 64 caractères.'],
    ['Abc', 'L’identifiant ne peut contenir que des lettres minuscules sans accent, des chiffres, le point, le tiret et le tiret bas.'],
  ])('%j → message %j', (login, message) => {
    expect(validateLogin(login)).toEqual({ ok: false, message });
  });
});

test.each([
  ['  J.Dupont ', 'j.dupont'],
  ['abc', 'abc'],
])('normalizeLogin(%j) → %j', (input, expected) => {
  expect(normalizeLogin(input)).toBe(expected);
});
