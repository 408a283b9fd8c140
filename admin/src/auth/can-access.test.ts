import { ACTIONS, type Action, PROFILES, type Profile, RESOURCES, type Resource, canAccess } from './can-access';

// The whole table, profile by profile: the resource/action pairs allowed without a record.
const ALLOWED: Record<Profile, Partial<Record<Resource, Action[]>>> = {
  referent: {
    beneficiaries: ['list', 'show'],
    assignments: ['edit'],
    cers: ['list', 'show', 'create', 'edit'],
    reports: ['list', 'show', 'export'],
    offers: ['list', 'show'],
    enrolments: ['create'],
    events: ['list', 'show'],
    'event-registrations': ['create'],
    alerts: ['list', 'show'],
    'cer-queue': ['list'],
    movements: ['list'],
    appointments: ['list', 'show', 'create', 'edit'],
    'appointment-collectives': ['create', 'edit'],
    'fse-conventions': ['show'],
  },
  referent_fse: {
    beneficiaries: ['list', 'show'],
    assignments: ['edit'],
    cers: ['list', 'show', 'create', 'edit'],
    reports: ['list', 'show', 'export'],
    offers: ['list', 'show'],
    enrolments: ['create'],
    events: ['list', 'show'],
    'event-registrations': ['create'],
    alerts: ['list', 'show'],
    'cer-queue': ['list'],
    movements: ['list'],
    appointments: ['list', 'show', 'create', 'edit'],
    'appointment-collectives': ['create', 'edit'],
    'fse-conventions': ['list', 'show'],
  },
  secretariat: {
    beneficiaries: ['list', 'show'],
    assignments: ['create', 'edit'],
    'genesis-imports': ['list', 'show'],
    cers: ['list', 'show', 'edit'],
    reports: ['list', 'show', 'export'],
    offers: ['list', 'show'],
    enrolments: ['create'],
    events: ['list', 'show'],
    'event-registrations': ['create'],
    alerts: ['list', 'show'],
    'cer-queue': ['list'],
    movements: ['list'],
    appointments: ['list', 'show', 'create', 'edit'],
    'appointment-collectives': ['create', 'edit'],
    'fse-conventions': ['show'],
  },
  secretariat_structure: {
    beneficiaries: ['list', 'show'],
    cers: ['list', 'show'],
    reports: ['list', 'show', 'export'],
    alerts: ['list', 'show'],
    'cer-queue': ['list'],
    movements: ['list'],
    appointments: ['list', 'show'],
    'fse-conventions': ['show'],
  },
  cadre: {
    beneficiaries: ['list', 'show'],
    assignments: ['create', 'edit'],
    'genesis-imports': ['list', 'show'],
    cers: ['list', 'show', 'edit'],
    reports: ['list', 'show', 'export'],
    alerts: ['list', 'show'],
    'cer-queue': ['list'],
    movements: ['list'],
    charts: ['list'],
    'audit-entries': ['list', 'show'],
    offers: ['list', 'show'],
    enrolments: ['create'],
    events: ['list', 'show'],
    'event-registrations': ['create'],
    'offer-reports': ['list', 'export'],
    appointments: ['list', 'show', 'create', 'edit'],
    'appointment-collectives': ['create', 'edit'],
    'fse-conventions': ['show'],
  },
  siege: {
    beneficiaries: ['list', 'show'],
    'genesis-imports': ['list', 'show'],
    cers: ['list', 'show'],
    reports: ['list', 'show', 'export'],
    alerts: ['list', 'show'],
    'cer-queue': ['list'],
    movements: ['list'],
    charts: ['list'],
    'audit-entries': ['list', 'show'],
    offers: ['list', 'show'],
    events: ['list', 'show'],
    'offer-reports': ['list', 'export'],
    appointments: ['list', 'show'],
    'fse-conventions': ['show'],
  },
  // FSE+ only: operations, every convention and its export, completeness, conflicts.
  gestionnaire_fse: {
    'fse-operations': ['list', 'create', 'edit'],
    'fse-conventions': ['list', 'show', 'export'],
    'fse-completeness': ['list'],
    'fse-conflicts': ['list'],
  },
  // The file of a person in étape on their offer (the server decides which), their offers,
  // the positionnements to answer, the report.
  operateur: {
    beneficiaries: ['show'],
    offers: ['list', 'show'],
    enrolments: ['list'],
    events: ['list', 'show'],
    'offer-reports': ['list', 'export'],
    'fse-conventions': ['list', 'show'],
  },
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

  test.each<[Record<string, unknown>, boolean]>([
    [{ state: 'proposition', editable: { canEdit: true, fields: ['situation'] } }, true],
    [{ state: 'proposition', editable: { canEdit: false, fields: [] } }, false],
    [{ state: 'valide' }, false],
    [{}, false],
  ])('cers · edit · the server’s editable flag decides: %j → %j', (record, expected) => {
    expect(canAccess(['cadre'], { action: 'edit', resource: 'cers', record })).toBe(expected);
    expect(canAccess(['referent'], { action: 'edit', resource: 'cers', record })).toBe(expected);
  });
});

test.each([
  [['cadre'] as Profile[], 'delete', 'offers'],
  [['cadre'] as Profile[], 'read', 'beneficiaries'],
  [['siege'] as Profile[], 'list', 'users'],
  [[] as Profile[], 'list', 'beneficiaries'],
  [['operateur'] as Profile[], 'list', 'reports/caseload-exits'],
  [['cadre'] as Profile[], 'list', 'reports/'],
  [['cadre'] as Profile[], 'list', 'reports/a/b'],
  [['cadre'] as Profile[], 'edit', 'reports/caseload-exits'],
  [['operateur'] as Profile[], 'list', 'alert-rows/cer-renewal'],
  [['cadre'] as Profile[], 'list', 'alert-rows/a/b'],
  [['secretariat'] as Profile[], 'list', 'charts'],
  [['referent'] as Profile[], 'list', 'charts'],
  [['gestionnaire_fse'] as Profile[], 'list', 'cer-queue'],
  [['operateur'] as Profile[], 'list', 'movements/entries'],
])('%j · %s · %s → false', (profiles, action, resource) => {
  expect(canAccess(profiles, { action, resource })).toBe(false);
});

// A report's rows are the list resource `reports/<name>` (react-admin asks before showing it).
test.each([
  [['secretariat'] as Profile[], 'list', 'reports/caseload-exits'],
  [['cadre'] as Profile[], 'list', 'reports/cer-renewals'],
  [['referent'] as Profile[], 'export', 'reports/caseload-exits'],
  [['referent'] as Profile[], 'list', 'alert-rows/assigned-notes'],
  [['cadre'] as Profile[], 'list', 'charts'],
  [['siege'] as Profile[], 'list', 'charts'],
  [['secretariat'] as Profile[], 'list', 'cer-queue'],
  [['referent'] as Profile[], 'list', 'movements/exits'],
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

// FSE+ (ACCESS.md): the gestionnaire FSE's console; the référent FSE and the opérateur list the
// conventions they fill; whoever reads a file opens its conventions' pastilles; export for the gestionnaire.
test.each([
  [['gestionnaire_fse'] as Profile[], 'list', 'fse-operations', true],
  [['gestionnaire_fse'] as Profile[], 'create', 'fse-operations', true],
  [['cadre'] as Profile[], 'list', 'fse-operations', false],
  [['gestionnaire_fse'] as Profile[], 'export', 'fse-conventions', true],
  [['referent_fse'] as Profile[], 'list', 'fse-conventions', true],
  [['referent_fse'] as Profile[], 'export', 'fse-conventions', false],
  [['operateur'] as Profile[], 'list', 'fse-conventions', true],
  [['referent'] as Profile[], 'list', 'fse-conventions', false],
  [['cadre'] as Profile[], 'show', 'fse-conventions', true],
  [['gestionnaire_fse'] as Profile[], 'list', 'fse-completeness', true],
  [['referent_fse'] as Profile[], 'list', 'fse-completeness', false],
  [['gestionnaire_fse'] as Profile[], 'list', 'fse-conflicts', true],
  [['siege'] as Profile[], 'list', 'fse-conflicts', false],
])('fse: %j · %s · %s → %s', (profiles, action, resource, expected) => {
  expect(canAccess(profiles, { action, resource })).toBe(expected);
});
