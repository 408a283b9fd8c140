import { checkHomeWidgets, defaultHomeWidgets, homeWidgetsFor } from './home-widgets';

describe('homeWidgetsFor', () => {
  test.each([
    [['referent'], ['caseload', 'alert:missing-characteristics', 'alert:standbys-ending', 'alert:cer-renewal', 'alert:assigned-notes', 'alert:etapes-ending', 'alert:positionnements-unanswered', 'notes-open']],
    [['cadre'], ['caseload', 'alert:missing-characteristics', 'alert:standbys-ending', 'alert:cer-renewal', 'alert:assigned-notes', 'alert:etapes-ending', 'alert:positionnements-unanswered', 'notes-open', 'cers-awaiting', 'imports']],
    [['siege'], ['caseload', 'alert:missing-characteristics', 'alert:standbys-ending', 'alert:cer-renewal', 'alert:assigned-notes', 'alert:etapes-ending', 'alert:positionnements-unanswered', 'notes-open', 'imports']],
    [['operateur'], []],
    [['gestionnaire_fse'], []],
  ] as const)('%j may place %j', (profiles, expected) => {
    expect(homeWidgetsFor(profiles)).toEqual(expected);
  });
});

describe('defaultHomeWidgets', () => {
  test.each([
    [['referent'], ['caseload', 'alert:assigned-notes', 'notes-open', 'alert:cer-renewal']],
    [['secretariat'], ['caseload', 'cers-awaiting', 'alert:cer-renewal', 'imports']],
    [['cadre', 'referent'], ['caseload', 'cers-awaiting', 'alert:cer-renewal', 'imports']],
    [['secretariat_structure'], ['caseload']],
    [['siege'], ['caseload', 'imports']],
    [['operateur'], []],
  ] as const)('%j starts with %j', (profiles, expected) => {
    expect(defaultHomeWidgets(profiles)).toEqual(expected);
  });
});

describe('checkHomeWidgets', () => {
  test.each([
    [['imports', 'caseload'], ['cadre'], { ok: true, value: ['imports', 'caseload'] }],
    [[], ['referent'], { ok: true, value: [] }],
    [['cers-awaiting'], ['referent'], { ok: false, message: 'Widget inconnu ou non ouvert à votre profil : cers-awaiting.' }],
    [['météo'], ['cadre'], { ok: false, message: 'Widget inconnu ou non ouvert à votre profil : météo.' }],
    [['caseload', 'caseload'], ['cadre'], { ok: false, message: 'Un widget ne peut figurer qu’une fois sur la page d’accueil.' }],
    ['caseload', ['cadre'], { ok: false, message: 'La liste des widgets est attendue (widgets : liste de noms).' }],
    [[1], ['cadre'], { ok: false, message: 'La liste des widgets est attendue (widgets : liste de noms).' }],
    [Array(13).fill('caseload'), ['cadre'], { ok: false, message: 'Au plus 12 widgets sur la page d’accueil.' }],
  ] as const)('%j for %j → %j', (input, profiles, expected) => {
    expect(checkHomeWidgets(input, profiles)).toEqual(expected);
  });
});
