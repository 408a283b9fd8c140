import { checkListChoice, listItemLabel, pickerItems, type ListItem } from './list-choice';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

const MOTIFS: ListItem[] = [
  { code: 'hospitalisation', label: 'Hospitalisation / soins', active: true },
  { code: 'incarceration', label: 'Incarcération', active: true, aliases: ['Prison'] },
  { code: 'ancien', label: 'Ancien motif', active: false },
  // A deactivated item and an active one spelled alike: the active one is chosen.
  { code: 'autre-old', label: 'Autre motif', active: false },
  { code: 'autre', label: 'Autre motif', active: true },
];

describe('checkListChoice', () => {
  test.each<[string, string, string | null]>([
    ['code', 'hospitalisation', 'hospitalisation'],
    ['label', 'Hospitalisation / soins', 'hospitalisation'],
    ['label, other case and spaces', '  hospitalisation  /   SOINS ', 'hospitalisation'],
    ['alias', 'prison', 'incarceration'],
    ['active wins over deactivated homonym', 'Autre motif', 'autre'],
    ['deactivated code refused', 'ancien', null],
    ['deactivated label refused', 'Ancien motif', null],
    ['unknown refused', 'Parti pêcher', null],
    ['empty refused', '   ', null],
  ])('%s: %j → %j', (_case, input, expected) => {
    const result = checkListChoice('Motif de veille', MOTIFS, input);
    expect(result.ok ? result.item.code : null).toBe(expected);
  });

  test.each<[string, 'empty' | 'unknown' | 'inactive', string]>([
    ['', 'empty', 'Choisissez une valeur de la liste « Motif de veille ».'],
    [
      'Parti pêcher',
      'unknown',
      '« Parti pêcher » ne figure pas dans la liste « Motif de veille ». Valeurs possibles : Hospitalisation / soins, Incarcération, Autre motif.',
    ],
    ['ancien', 'inactive', '« Ancien motif » n’est plus proposé dans la liste « Motif de veille » : choisissez une autre valeur.'],
  ])('French message for %j (%s)', (input, reason, message) => {
    expect(checkListChoice('Motif de veille', MOTIFS, input)).toEqual({ ok: false, reason, message });
  });

  test('an empty list says so', () => {
    const result = checkListChoice('Priorité', [], 'Urgente');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('Cette liste est vide');
  });

  test('the fold is the caller’s: accents ignored only when asked', () => {
    expect(checkListChoice('Motif', MOTIFS, 'incarceration').ok).toBe(true); // the code
    expect(checkListChoice('Motif', MOTIFS, 'Incarceration').ok).toBe(true); // the code, other case
    expect(checkListChoice('Motif', MOTIFS, 'INCARCÉRATION').ok).toBe(true);
    expect(checkListChoice('Motif', [{ code: 'x', label: 'Incarcération', active: true }], 'incarceration').ok).toBe(false);
    expect(checkListChoice('Motif', [{ code: 'x', label: 'Incarcération', active: true }], 'incarceration', fold).ok).toBe(true);
  });
});

test('pickerItems keeps the active items in order', () => {
  expect(pickerItems(MOTIFS).map((i) => i.code)).toEqual(['hospitalisation', 'incarceration', 'autre']);
});

test.each([
  ['hospitalisation', 'Hospitalisation / soins'],
  ['ancien', 'Ancien motif'],
  ['retire-depuis', 'retire-depuis'],
])('listItemLabel(%j) = %j (history keeps deactivated labels)', (code, label) => {
  expect(listItemLabel(MOTIFS, code)).toBe(label);
});
