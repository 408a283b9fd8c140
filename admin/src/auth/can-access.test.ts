import { ACTIONS, type Action, PROFILES, type Profile, RESOURCES, type Resource, canAccess } from './can-access';

// The whole table, profile by profile: the resource/action pairs allowed without a record.
const ALLOWED: Record<Profile, Partial<Record<Resource, Action[]>>> = {
  referent: {
    beneficiaries: ['list', 'show'],
    assignments: ['edit'],
    cers: ['list', 'show', 'create', 'edit'],
    reports: ['list', 'show', 'export'],
    appointments: ['list', 'show', 'create', 'edit'],
  },
  referent_fse: {
    beneficiaries: ['list', 'show'],
    assignments: ['edit'],
    cers: ['list', 'show', 'create', 'edit'],
    reports: ['list', 'show', 'export'],
    appointments: ['list', 'show', 'create', 'edit'],
  },
  secretariat: {
    beneficiaries: ['list', 'show'],
    assignments: ['create', 'edit'],
    'genesis-imports': ['list', 'show'],
    cers: ['list', 'show', 'edit'],
    reports: ['list', 'show', 'export'],
    appointments: ['list', 'show', 'create', 'edit'],
  },
  secretariat_structure: {
    beneficiaries: ['list', 'show'],
    cers: ['list', 'show'],
    reports: ['list', 'show', 'export'],
    appointments: ['list', 'show'],
  },
  cadre: {
    beneficiaries: ['list', 'show'],
    assignments: ['create', 'edit'],
    'genesis-imports': ['list', 'show'],
    cers: ['list', 'show', 'edit'],
    reports: ['list', 'show', 'export'],
    'audit-entries': ['list', 'show'],
    appointments: ['list', 'show', 'create', 'edit'],
  },
  siege: {
    beneficiaries: ['list', 'show'],
    'genesis-imports': ['list', 'show'],
    cers: ['list', 'show'],
    reports: ['list', 'show', 'export'],
    'audit-entries': ['list', 'show'],
    appointments: ['list', 'show'],
  },
  gestionnaire_fse: {},
  operateur: {},
};

const cases = PROFILES.flatMap((profile) =>
  RESOURCES.flatMap((resource) =>
    ACTIONS.map((action) => [profile, resource, action, ALLOWED[profile][resource]?.includes(action) ?? false] as const),
  ),
);

test.each(cases)('%s · %s · %s → %j', (profile, resource, action, expected) => {
  expect(canAccess([profile], { action, resource })).toBe(expected);
});

describe('with a record', () => {
  test.each<[Profile[], Record<string, unknown>, string | undefined, boolean]>([
    [['referent'], { login: 'me' }, 'me', true],
    [['referent'], { login: 'other' }, 'me', false],
    [['referent_fse'], { login: 'me' }, 'me', true],
    [['referent'], { login: 'me' }, undefined, false],
    [['secretariat'], { login: 'other' }, 'me', true],
    [['cadre'], { login: 'other' }, 'me', true],
    [['siege'], { login: 'me' }, 'me', false],
    [['referent', 'secretariat'], { login: 'other' }, 'me', true],
  ])('assignments · edit · %j on %j as %j → %j', (profiles, record, login, expected) => {
    expect(canAccess(profiles, { action: 'edit', resource: 'assignments', record }, login)).toBe(expected);
  });

  const states = ['proposition', 'soumis_etude', 'etude_commission', 'attente_decision', 'valide', 'non_valide'];
  const editable: Record<Profile, string[]> = {
    referent: ['proposition'],
    referent_fse: ['proposition'],
    secretariat: ['soumis_etude', 'etude_commission'],
    cadre: ['soumis_etude', 'etude_commission', 'attente_decision', 'valide', 'non_valide'],
    secretariat_structure: [],
    siege: [],
    gestionnaire_fse: [],
    operateur: [],
  };
  test.each(PROFILES.flatMap((p) => states.map((s) => [p, s, editable[p].includes(s)] as const)))(
    'cers · edit · %s in state %s → %j',
    (profile, state, expected) => {
      expect(canAccess([profile], { action: 'edit', resource: 'cers', record: { state } })).toBe(expected);
    },
  );

  test('a CER record without a state is not editable', () => {
    expect(canAccess(['cadre'], { action: 'edit', resource: 'cers', record: {} })).toBe(false);
  });
});

test.each([
  [['cadre'] as Profile[], 'list', 'offers'],
  [['cadre'] as Profile[], 'read', 'beneficiaries'],
  [['siege'] as Profile[], 'list', 'users'],
  [[] as Profile[], 'list', 'beneficiaries'],
  [['operateur'] as Profile[], 'list', 'reports/caseload-exits'],
  [['cadre'] as Profile[], 'list', 'reports/'],
  [['cadre'] as Profile[], 'list', 'reports/a/b'],
  [['cadre'] as Profile[], 'edit', 'reports/caseload-exits'],
])('%j · %s · %s → false', (profiles, action, resource) => {
  expect(canAccess(profiles, { action, resource })).toBe(false);
});

// A report's rows are the list resource `reports/<name>` (react-admin asks before showing it).
test.each([
  [['secretariat'] as Profile[], 'list', 'reports/caseload-exits'],
  [['cadre'] as Profile[], 'list', 'reports/cer-renewals'],
  [['referent'] as Profile[], 'export', 'reports/caseload-exits'],
])('%j · %s · %s → true', (profiles, action, resource) => {
  expect(canAccess(profiles, { action, resource })).toBe(true);
});

// Appointments (ACCESS.md): référents, secretariats and cadres book; siège and structure
// secretariats read only; opérateurs and gestionnaires FSE see nothing.
test.each([
  [['referent'] as Profile[], 'create', true],
  [['secretariat'] as Profile[], 'edit', true],
  [['cadre'] as Profile[], 'create', true],
  [['siege'] as Profile[], 'list', true],
  [['siege'] as Profile[], 'create', false],
  [['secretariat_structure'] as Profile[], 'edit', false],
  [['operateur'] as Profile[], 'list', false],
])('appointments: %j · %s → %s', (profiles, action, expected) => {
  expect(canAccess(profiles, { action, resource: 'appointments' })).toBe(expected);
});
