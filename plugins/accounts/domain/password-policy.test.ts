import {
  checkPassword,
  commonPasswordCandidates,
  containsPersonalData,
  isCommonPassword,
} from './password-policy';
import { COMMON_PASSWORDS } from './common-passwords';

const user = { login: 'j.dupont', firstName: 'Élodie', lastName: 'Dupont-Martin' };

describe('checkPassword: composition (CNIL 2022-100)', () => {
  test.each([
    // 12 characters, all four classes
    ['Kx7!vQ2#pLm9', true],
    ['Kx7 vQ2 pLm9', true], // a space is a special character
    ['Kx7!vQ2#pLm', false], // 11
    ['kx7!vq2#plm9', false], // no upper
    ['KX7!VQ2#PLM9', false], // no lower
    ['Kx!!vQ##pLmm', false], // no digit
    // 14 characters, upper + lower + digit
    ['Kx7vQ2pLm9Tr4W', true],
    ['Kx7vQ2pLm9Tr4', false], // 13, no special
    ['kx7vq2plm9tr4w', false], // no upper
    ['KxrvQbpLmyTruW', false], // no digit
    // accents count as letters of their case
    ['Éléphant7Rosé!', true],
    ['', false],
  ])('%j → ok=%j', (password, ok) => {
    expect(checkPassword(password, user).ok).toBe(ok);
  });

  test('the reason is in French and says what is missing', () => {
    const result = checkPassword('kx7vq2plm9tr4w', user);
    expect(result).toEqual({
      ok: false,
      reasons: [expect.stringContaining('Il manque : majuscule.')],
    });
  });

  test('length above 128 is refused', () => {
    const result = checkPassword('Kx7!vQ2#pLm9'.repeat(11), user);
    expect(result.ok).toBe(false);
  });
});

describe('checkPassword: personal data', () => {
  test.each([
    ['Zq!8xJ.DUPONT', false], // the login, case-blind
    ['Zq!8xjdupontWq', false], // the login without its dot
    ['Zq!8xDupontWq3', false], // last-name part
    ['Zq!8xMARTINWq3', false], // the other part of a compound name
    ['Zq!8xElodieWq3', false], // first name without its accent
    ['Zq!8xélodieWq3', false],
    ['Zq!8xD-u-pontW', false], // separators do not hide a name
    ['Zq!8xDupWq3kLm', true], // "dup" is not a whole part
    ['Zq!8xJeanWq3kL', true],
  ])('%j → ok=%j', (password, ok) => {
    expect(checkPassword(password, user).ok).toBe(ok);
  });

  test('parts shorter than 3 characters are ignored', () => {
    expect(containsPersonalData('Zq!8xLuWq3kLm', { login: 'lu', firstName: 'Lu', lastName: 'Ba' })).toBe(
      false,
    );
  });

  test('missing names are fine', () => {
    expect(containsPersonalData('Zq!8xWq3kLmAb', { login: 'abc' })).toBe(false);
  });
});

describe('checkPassword: common passwords', () => {
  test.each([
    ['Azerty2024!!', true],
    ['AZERTYUIOP1234', true],
    ['Motdepasse2024!', true],
    ['!!Soleil123456', true],
    ['P@ssw0rd12345!', true],
    ['Azertyazerty1!', true],
    ['Ardeche07!2024', true],
    ['Doudou07071980!', true],
    ['Kx7!vQ2#pLm9', false],
    ['Soleil-de-Provence-2024', false], // a passphrase containing a common word is fine
  ])('%j → common=%j', (password, common) => {
    expect(isCommonPassword(password)).toBe(common);
    if (common) {
      const result = checkPassword(password, user);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reasons).toContain('Ce mot de passe est trop courant : choisissez-en un moins prévisible.');
    }
  });

  test.each([
    ['Azerty2024!', ['azerty']],
    ['P@ssw0rd123', ['p@ssw0rd', 'password']],
    ['123456', []],
  ])('candidates of %j', (password, expected) => {
    expect(commonPasswordCandidates(password)).toEqual(expected);
  });

  test('the list has about two hundred entries and every entry is recognised', () => {
    expect(COMMON_PASSWORDS.length).toBeGreaterThanOrEqual(200);
    for (const entry of COMMON_PASSWORDS) expect(isCommonPassword(entry)).toBe(true);
  });
});

test('several reasons are listed together', () => {
  const result = checkPassword('dupont', user);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reasons).toHaveLength(2);
});
