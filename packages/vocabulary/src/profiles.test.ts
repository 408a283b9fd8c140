import { PROFILES, PROFILE_LABELS, PROFILE_SHORT_LABELS, checkProfileList, isProfile, parseProfile, profileLabel, profileShortLabels, type Profile } from './profiles';

describe('parseProfile', () => {
  test.each([
    ['referent', 'referent'],
    ['referent_fse', 'referent_fse'],
    ['secretariat', 'secretariat'],
    ['secretariat_structure', 'secretariat_structure'],
    ['cadre', 'cadre'],
    ['gestionnaire_fse', 'gestionnaire_fse'],
    ['operateur', 'operateur'],
    ['siege', 'siege'],
    [' CADRE ', 'cadre'],
    ['referent-fse', 'referent_fse'],
    ['Référent FSE', 'referent_fse'],
    ['Siège', 'siege'],
    ['Opérateur', 'operateur'],
    ['Secrétariat de structure', 'secretariat_structure'],
    ['Référent de parcours', 'referent'],
    ['', null],
    ['admin', null],
    ['referents', null],
  ])('%j → %j', (input, expected) => {
    expect(parseProfile(input)).toBe(expected);
  });

  test('every profile has a label that parses back to it', () => {
    for (const profile of PROFILES) {
      expect(parseProfile(profileLabel(profile))).toBe(profile);
      expect(PROFILE_LABELS[profile]).not.toBe('');
    }
  });
});

describe('isProfile', () => {
  test.each([
    ['cadre', true],
    ['Cadre', false],
    [null, false],
    [3, false],
  ])('%j → %j', (value, expected) => {
    expect(isProfile(value)).toBe(expected);
  });
});

test('the console shows the short words, unknown codes as they are', () => {
  expect(profileShortLabels(['referent', 'cadre'])).toBe('Référent, Cadre');
  expect(profileShortLabels(['inconnu' as Profile])).toBe('inconnu');
  for (const profile of PROFILES) expect(PROFILE_SHORT_LABELS[profile]).not.toBe('');
});

describe('checkProfileList', () => {
  test.each<[unknown, ReturnType<typeof checkProfileList>]>([
    [['referent'], { ok: true, profiles: ['referent'] }],
    [['cadre', ' siege ', 'cadre'], { ok: true, profiles: ['cadre', 'siege'] }],
    [[], { ok: false, message: 'Choisissez au moins un profil.' }],
    [[' '], { ok: false, message: 'Choisissez au moins un profil.' }],
    [undefined, { ok: false, message: 'Choisissez au moins un profil.' }],
    [['referent', 'admin'], { ok: false, message: 'Profil inconnu : admin.' }],
    [['Cadre'], { ok: false, message: 'Profil inconnu : Cadre.' }],
    ['referent', { ok: false, message: 'Les profils doivent être une liste de codes de profil.' }],
    [null, { ok: false, message: 'Choisissez au moins un profil.' }],
    [{ referent: true }, { ok: false, message: 'Les profils doivent être une liste de codes de profil.' }],
  ])('%j', (input, expected) => {
    expect(checkProfileList(input)).toEqual(expected);
  });
});
