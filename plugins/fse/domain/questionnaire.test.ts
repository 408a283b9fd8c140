import { ageGroup, checkAnswers, checkFill, mayReadAnswers, questionnaireStatus, type Question, type QuestionnaireActor } from './questionnaire';

const yesNo = [{ code: 'oui', label: 'Oui', active: true }, { code: 'non', label: 'Non', active: true }, { code: 'refus', label: 'Ne souhaite pas répondre', active: false }];
const QUESTIONS: Question[] = [
  { code: 'situation', questionnaire: 'entry', label: 'Situation sur le marché du travail', indicator: null, multiple: false, required: true, active: true, position: 1, choices: [{ code: 'chomeur', label: 'Chômeur', active: true }, { code: 'inactif', label: 'Inactif', active: true }] },
  { code: 'menage', questionnaire: 'entry', label: 'Ménage', indicator: null, multiple: true, required: false, active: true, position: 2, choices: [{ code: 'sans_emploi', label: 'Sans emploi', active: true }, { code: 'enfants', label: 'Enfants à charge', active: true }] },
  { code: 'handicap', questionnaire: 'entry', label: 'Handicap', indicator: null, multiple: false, required: true, active: true, position: 3, choices: yesNo },
  { code: 'ancienne', questionnaire: 'entry', label: 'Ancienne question', indicator: null, multiple: false, required: true, active: false, position: 4, choices: yesNo },
  { code: 'emploi_sortie', questionnaire: 'exit', label: 'En emploi à la sortie', indicator: null, multiple: false, required: true, active: true, position: 1, choices: yesNo },
];

describe('checkAnswers: configured questions only, known active answers, required ones answered', () => {
  test.each<[string, unknown, 'ok' | RegExp, unknown?]>([
    ['complete', { situation: 'chomeur', handicap: 'non' }, 'ok', { situation: 'chomeur', handicap: 'non' }],
    ['several answers where allowed', { situation: 'inactif', handicap: 'oui', menage: ['sans_emploi', 'enfants', 'enfants'] }, 'ok', { situation: 'inactif', handicap: 'oui', menage: ['sans_emploi', 'enfants'] }],
    ['an optional question left empty', { situation: 'inactif', handicap: 'oui', menage: [] }, 'ok', { situation: 'inactif', handicap: 'oui' }],
    ['not an object', 'chomeur', /Les réponses du questionnaire sont attendues/, null],
    ['unknown question', { situation: 'chomeur', handicap: 'non', couleur: 'bleu' }, /Question inconnue dans ce questionnaire : « couleur »/, null],
    ['a deactivated question is not asked', { situation: 'chomeur', handicap: 'non', ancienne: 'oui' }, /Question inconnue/, null],
    ['an exit question in the entry questionnaire', { situation: 'chomeur', handicap: 'non', emploi_sortie: 'oui' }, /Question inconnue/, null],
    ['unknown answer', { situation: 'retraite', handicap: 'non' }, /Réponse inconnue à la question « Situation sur le marché du travail » : « retraite »/, null],
    ['deactivated answer', { situation: 'chomeur', handicap: 'refus' }, /« Ne souhaite pas répondre » n’est plus proposée/, null],
    ['two answers to a single-answer question', { situation: ['chomeur', 'inactif'], handicap: 'non' }, /Une seule réponse est possible/, null],
    ['a required question missing', { situation: 'chomeur' }, /Répondez à la question « Handicap »/, null],
  ])('%s', (_name, input, expected, value) => {
    const result = checkAnswers(QUESTIONS, 'entry', input);
    if (expected === 'ok') expect(result).toEqual({ ok: true, value });
    else expect(result).toMatchObject({ ok: false, status: 422, message: expect.stringMatching(expected) });
  });
});

describe('status: red until saved, exit grey until the real end', () => {
  test.each([
    ['entry', { realStart: '2027-02-01', realEnd: null }, false, 'missing'],
    ['entry', { realStart: '2027-02-01', realEnd: null }, true, 'complete'],
    ['entry', { realStart: null, realEnd: null }, false, 'unavailable'],
    ['exit', { realStart: '2027-02-01', realEnd: null }, false, 'unavailable'],
    ['exit', { realStart: '2027-02-01', realEnd: '2027-06-30' }, false, 'missing'],
    ['exit', { realStart: '2027-02-01', realEnd: '2027-06-30' }, true, 'complete'],
  ] as const)('%s %j saved=%s → %s', (kind, step, saved, status) => expect(questionnaireStatus(kind, step, saved)).toBe(status));
});

describe('checkFill: who × questionnaire × étape × origin', () => {
  const actor = (profiles: QuestionnaireActor['profiles'], holdsFile: boolean, isOfferOperator: boolean): QuestionnaireActor => ({ profiles, holdsFile, isOfferOperator });
  const running = { realStart: '2027-02-01', realEnd: null };
  const ended = { realStart: '2027-02-01', realEnd: '2027-06-30' };
  test.each<[string, QuestionnaireActor, 'entry' | 'exit', typeof running | typeof ended, null | { source: 'application' | 'reprise' }, 'ok' | number]>([
    ['référent FSE, own file, entry', actor(['referent_fse'], true, false), 'entry', running, null, 'ok'],
    ['référent FSE, not their file', actor(['referent_fse'], false, false), 'entry', running, null, 403],
    ['plain référent on their file', actor(['referent'], true, false), 'entry', running, null, 403],
    ['opérateur of the offer', actor(['operateur'], false, true), 'entry', running, null, 'ok'],
    ['opérateur of another structure', actor(['operateur'], false, false), 'entry', running, null, 403],
    ['gestionnaire FSE reads but does not fill', actor(['gestionnaire_fse'], false, false), 'entry', running, null, 403],
    ['exit before the real end', actor(['referent_fse'], true, false), 'exit', running, null, 409],
    ['exit after the real end', actor(['referent_fse'], true, false), 'exit', ended, null, 'ok'],
    ['correcting one entered here', actor(['referent_fse'], true, false), 'entry', running, { source: 'application' }, 'ok'],
    ['taken over from the previous tool: read-only', actor(['referent_fse'], true, false), 'entry', running, { source: 'reprise' }, 409],
  ])('%s', (_name, who, kind, step, existing, expected) => {
    const result = checkFill(who, kind, step, existing);
    if (expected === 'ok') expect(result.ok).toBe(true);
    else expect(result).toMatchObject({ ok: false, status: expected });
  });

  test('answers are read by the gestionnaire FSE and by those who fill, not by a cadre', () => {
    expect(mayReadAnswers(actor(['gestionnaire_fse'], false, false))).toBe(true);
    expect(mayReadAnswers(actor(['operateur'], false, true))).toBe(true);
    expect(mayReadAnswers(actor(['cadre'], true, false))).toBe(false);
  });
});

describe('age groups of the ESF+ indicators, at the étape’s start', () => {
  test.each([
    ['2010-03-01', '2027-02-28', 'Moins de 18 ans'],
    ['2009-03-01', '2027-03-01', '18 à 29 ans'],
    ['1997-03-02', '2027-03-01', '18 à 29 ans'],
    ['1997-03-01', '2027-03-01', '30 à 54 ans'],
    ['1972-03-01', '2027-03-01', '55 ans et plus'],
    [null, '2027-03-01', null],
  ])('born %s, on %s → %s', (birth, at, group) => expect(ageGroup(birth, at)).toBe(group));
});
