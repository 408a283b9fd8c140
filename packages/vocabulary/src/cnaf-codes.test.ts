import * as codes from './cnaf-codes';

const { CIVILITY_LABELS, FAMILY_SITUATION_LABELS, ORGANISATION_LABELS, ORIENTATION_LABELS, RIGHTS_STATE_LABELS, ROLE_LABELS, SDD_LABELS, SEX_LABELS } = codes;

// One row per code of the feed (GENESIS_FEED.md): the code, its table, its French label.
test.each<[Record<string, string>, string, string]>([
  [RIGHTS_STATE_LABELS, '2', 'Droit ouvert et versable'],
  [RIGHTS_STATE_LABELS, '3', 'Droit ouvert et suspendu'],
  [RIGHTS_STATE_LABELS, '4', 'Droit ouvert mais versement suspendu'],
  [RIGHTS_STATE_LABELS, '5', 'Droit clos'],
  [RIGHTS_STATE_LABELS, '6', 'Droit clos sur mois antérieur'],
  [SDD_LABELS, 'SDD', 'Soumis aux droits et devoirs'],
  [SDD_LABELS, 'NSDD', 'Non soumis aux droits et devoirs'],
  [ORIENTATION_LABELS, 'SOC', 'Sociale'],
  [ORIENTATION_LABELS, 'PRO', 'Professionnelle'],
  [ORIENTATION_LABELS, 'SOCPRO', 'Socio-professionnelle'],
  [ORIENTATION_LABELS, 'TNS', 'Travailleur non salarié'],
  [FAMILY_SITUATION_LABELS, 'CEL', 'Célibataire'],
  [FAMILY_SITUATION_LABELS, 'MAR', 'Marié(e)'],
  [FAMILY_SITUATION_LABELS, 'PAC', 'Pacsé(e)'],
  [FAMILY_SITUATION_LABELS, 'VIM', 'Vie maritale'],
  [FAMILY_SITUATION_LABELS, 'DIV', 'Divorcé(e)'],
  [FAMILY_SITUATION_LABELS, 'SEP', 'Séparé(e)'],
  [FAMILY_SITUATION_LABELS, 'VEU', 'Veuf(ve)'],
  [ROLE_LABELS, 'DEM', 'Demandeur'],
  [ROLE_LABELS, 'CJT', 'Conjoint'],
  [ORGANISATION_LABELS, 'CAF', 'CAF'],
  [ORGANISATION_LABELS, 'MSA', 'MSA'],
  [CIVILITY_LABELS, 'M', 'Monsieur'],
  [CIVILITY_LABELS, 'MME', 'Madame'],
  [SEX_LABELS, 'H', 'Homme'],
  [SEX_LABELS, 'F', 'Femme'],
])('%#: %s → %s', (labels, code, label) => {
  expect(labels[code]).toBe(label);
});

test('codes in the table order, and as a pick list', () => {
  expect(codes.codesOf(RIGHTS_STATE_LABELS)).toEqual(['2', '3', '4', '5', '6']);
  expect(codes.codeLabelList(SDD_LABELS)).toEqual([
    { code: 'SDD', label: 'Soumis aux droits et devoirs' },
    { code: 'NSDD', label: 'Non soumis aux droits et devoirs' },
  ]);
});

test.each([
  ['5', true, true],
  ['6', true, true],
  ['2', true, false],
  ['1', false, false],
  ['Droit clos', false, false],
])('état du droit %j: known %s, closed %s', (code, known, closed) => {
  expect(codes.isRightsState(code)).toBe(known);
  if (codes.isRightsState(code)) expect(codes.isClosedRightsState(code)).toBe(closed);
});

test('an unknown code shows as is (history may hold retired codes)', () => {
  expect(codes.rightsStateLabel('9')).toBe('9');
  expect(codes.rightsStateLabel('5')).toBe('Droit clos');
  expect(codes.orientationLabel('SOCPRO')).toBe('Socio-professionnelle');
  expect(codes.isOrientation('SOCIAL')).toBe(false);
});
