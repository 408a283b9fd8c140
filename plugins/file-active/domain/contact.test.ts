import fc from 'fast-check';
import { frenchPhoneE164, normalizeFrenchPhone, validateEmail } from './contact';

describe('normalizeFrenchPhone', () => {
  test.each([
    ['06 12 34 56 78', '+33612345678', '06 12 34 56 78', true],
    ['0612345678', '+33612345678', '06 12 34 56 78', true],
    ['+33 6 12 34 56 78', '+33612345678', '06 12 34 56 78', true],
    ['+33612345678', '+33612345678', '06 12 34 56 78', true],
    ['06.12.34.56.78', '+33612345678', '06 12 34 56 78', true],
    ['06-12-34-56-78', '+33612345678', '06 12 34 56 78', true],
    ['+33 (0)6 12 34 56 78', '+33612345678', '06 12 34 56 78', true],
    ['0033 6 12 34 56 78', '+33612345678', '06 12 34 56 78', true],
    [' 07 56 12 34 56 ', '+33756123456', '07 56 12 34 56', true],
    ['04 75 66 77 88', '+33475667788', '04 75 66 77 88', false],
    ['09 12 34 56 78', '+33912345678', '09 12 34 56 78', false],
    ['0692 12 34 56', '+262692123456', '0692 12 34 56', true], // La Réunion typed nationally
    ['+262 692 12 34 56', '+262692123456', '0692 12 34 56', true],
    ['+41 22 123 45 67', '+41221234567', '+41 22 123 45 67', false],
  ])('%j → %s, %s, mobile %j', (input, e164, display, mobile) => {
    expect(normalizeFrenchPhone(input)).toEqual({ ok: true, e164, display, mobile });
  });

  test.each([
    ['06 12 34 56'],
    ['06 12 34 56 78 9'],
    ['+33612345678abc'],
    ['tel: 06 12 34 56 78'],
    ['06 12 34 56 78 / 04 75 66 77 88'],
    ['00 00 00 00 00'],
    ['abcdefghij'],
    ['1'.repeat(31)],
  ])('%j is refused', (input) => {
    const result = normalizeFrenchPhone(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Numéro de téléphone invalide/);
  });

  test('an empty number says so', () => {
    expect(normalizeFrenchPhone('  ')).toEqual({ ok: false, message: 'Le numéro de téléphone est vide.' });
  });
});

describe('frenchPhoneE164 (the import\'s cheaper reading)', () => {
  test('is normalizeFrenchPhone\'s e164, or null when refused', () => {
    const writing = fc.tuple(
      fc.constantFrom('0', '+33 ', '0033', '+262 ', '+41 ', '', '00'),
      fc.array(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ' ', '.', '-', 'a'), { minLength: 0, maxLength: 14 }),
    ).map(([prefix, rest]) => prefix + rest.join(''));
    const mobile = fc.tuple(fc.constantFrom('06', '07', '04', '09', '0692', '08'), fc.stringMatching(/^\d{6,8}$/)).map(([p, d]) => `${p}${d}`);
    fc.assert(
      fc.property(fc.oneof(writing, mobile), (input) => {
        const full = normalizeFrenchPhone(input);
        expect(frenchPhoneE164(input)).toBe(full.ok ? full.e164 : null);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('validateEmail', () => {
  test.each([
    ['jean.dupont@exemple.fr', 'jean.dupont@exemple.fr'],
    ['  Jean.Dupont@Exemple.FR ', 'Jean.Dupont@exemple.fr'],
    ['a+tag@mail.ardeche.fr', 'a+tag@mail.ardeche.fr'],
    ["o'neil@exemple.com", "o'neil@exemple.com"],
    ['x@sub-domain.example.org', 'x@sub-domain.example.org'],
  ])('%j → %j', (input, email) => {
    expect(validateEmail(input)).toEqual({ ok: true, email });
  });

  test.each([
    ['jean.dupont'],
    ['@exemple.fr'],
    ['jean@'],
    ['jean@exemple'],
    ['jean@exemple.f'],
    ['jean..dupont@exemple.fr'],
    ['.jean@exemple.fr'],
    ['jean dupont@exemple.fr'],
    ['jean@-exemple.fr'],
    ['jean@exemple.fr.'],
    ['jéan@exemple.fr'],
    ['jean@exemple.123'],
    [`${'a'.repeat(65)}@exemple.fr`],
  ])('%j is refused', (input) => {
    expect(validateEmail(input)).toEqual({ ok: false, message: 'Adresse e-mail invalide (ex. prenom.nom@exemple.fr).' });
  });

  test('empty', () => {
    expect(validateEmail('')).toEqual({ ok: false, message: 'L’adresse e-mail est vide.' });
  });
});
