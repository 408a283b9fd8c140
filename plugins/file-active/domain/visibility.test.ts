import { PROFILES, type Profile, type Viewer } from './profile';
import {
  type Assignment,
  type FileScope,
  assignmentGrantsAccess,
  assignmentInForce,
  canSeeFile,
  etapeGrantsAccess,
  lastParcoursAssignment,
  type EtapeAccess,
  visibilityRule,
} from './visibility';

const today = '2024-02-29';

const parcours = (login: string, start: string, end: string | null, structure = 'DTAS-CENTRE'): Assignment => ({
  login,
  role: 'parcours',
  start,
  end,
  structure,
});
const etape = (login: string, start: string, end: string | null, structure = 'DTAS-CENTRE'): Assignment => ({
  login,
  role: 'etape',
  start,
  end,
  structure,
});

const viewer = (profiles: Profile[], over: Partial<Viewer> = {}): Viewer => ({
  profiles,
  login: 'me',
  territory: 'CENTRE',
  structure: 'CCAS-PRIVAS',
  ...over,
});

describe('assignmentInForce / assignmentGrantsAccess', () => {
  test.each([
    // start, end, role, inForce, grants
    ['2024-02-29', null, 'parcours', true, true],
    ['2024-03-01', null, 'parcours', false, false], // starts tomorrow
    ['2024-01-01', '2024-02-29', 'parcours', true, true], // last day of access
    ['2024-01-01', '2024-02-28', 'parcours', false, false], // ended yesterday: no access today
    ['2024-02-29', '2024-02-29', 'etape', true, true],
    ['2024-02-01', null, 'etape', true, false], // étape without end date grants nothing
    ['2024-02-01', '2024-03-31', 'etape', true, true],
  ] as const)('%s → %j (%s): in force %j, grants %j', (start, end, role, inForce, grants) => {
    expect(assignmentInForce({ start, end }, today)).toBe(inForce);
    expect(assignmentGrantsAccess({ role, start, end }, today)).toBe(grants);
  });
});

describe('lastParcoursAssignment', () => {
  test.each([
    ['none', [], null],
    ['only étapes', [etape('a', '2024-01-01', '2024-12-31')], null],
    ['the open one', [parcours('a', '2023-01-01', '2023-12-31'), parcours('b', '2024-01-01', null)], 'b'],
    ['the last ended one', [parcours('a', '2023-01-01', '2023-06-30'), parcours('b', '2023-07-01', '2023-12-31')], 'b'],
    [
      'réorientation overlap: the newer start wins',
      [parcours('old', '2022-01-01', '2024-02-29'), parcours('new', '2024-02-20', null)],
      'new',
    ],
    ['equal starts: the open one', [parcours('a', '2024-01-01', '2024-01-31'), parcours('b', '2024-01-01', null)], 'b'],
    ['equal starts: the later end', [parcours('a', '2024-01-01', '2024-03-31'), parcours('b', '2024-01-01', '2024-01-31')], 'a'],
    ['future assignments are not last', [parcours('a', '2023-01-01', null), parcours('b', '2024-03-01', null)], 'a'],
    ['the current one wins over a later one already ended', [parcours('a', '2023-01-01', null), parcours('b', '2024-01-01', '2024-01-31')], 'a'],
    ['ended ones only: the latest start', [parcours('a', '2023-01-01', '2024-02-01'), parcours('b', '2023-06-01', '2023-07-01')], 'b'],
    ['full tie: the one recorded last', [parcours('a', '2024-01-01', null), parcours('b', '2024-01-01', null)], 'b'],
  ])('%s', (_label, assignments, expected) => {
    expect(lastParcoursAssignment(assignments, today)?.login ?? null).toBe(expected);
  });
});

describe('visibilityRule', () => {
  test.each<[string, Viewer, ReturnType<typeof visibilityRule>]>([
    ['siège', viewer(['siege']), { kind: 'all' }],
    ['siège wins over any other profile', viewer(['referent', 'siege']), { kind: 'all' }],
    ['référent', viewer(['referent']), { kind: 'any', of: [{ kind: 'assignmentInForce', login: 'me', today }] }],
    ['référent FSE', viewer(['referent_fse']), { kind: 'any', of: [{ kind: 'assignmentInForce', login: 'me', today }] }],
    ['secrétariat', viewer(['secretariat']), { kind: 'any', of: [{ kind: 'territory', code: 'CENTRE' }] }],
    ['cadre', viewer(['cadre']), { kind: 'any', of: [{ kind: 'territory', code: 'CENTRE' }] }],
    [
      'secrétariat de structure',
      viewer(['secretariat_structure']),
      { kind: 'any', of: [{ kind: 'structureOfLastParcoursReferent', code: 'CCAS-PRIVAS', today }] },
    ],
    ['opérateur', viewer(['operateur']), { kind: 'any', of: [{ kind: 'etapeInProgress', login: 'me', today }] }],
    ['opérateur without login', viewer(['operateur'], { login: '' }), { kind: 'none' }],
    ['gestionnaire FSE', viewer(['gestionnaire_fse']), { kind: 'none' }],
    ['no profile', viewer([]), { kind: 'none' }],
    ['secrétariat without territory', viewer(['secretariat'], { territory: null }), { kind: 'none' }],
    ['secrétariat de structure without structure', viewer(['secretariat_structure'], { structure: null }), { kind: 'none' }],
    [
      'référent and secrétariat: the union',
      viewer(['referent', 'secretariat', 'operateur']),
      {
        kind: 'any',
        of: [
          { kind: 'assignmentInForce', login: 'me', today },
          { kind: 'territory', code: 'CENTRE' },
          { kind: 'etapeInProgress', login: 'me', today },
        ],
      },
    ],
  ])('%s', (_label, v, expected) => {
    expect(visibilityRule(v, today)).toEqual(expected);
  });
});

const step = (collaborator: string | null, state: EtapeAccess['state'], plannedStart: string, plannedEnd: string, real: Partial<EtapeAccess> = {}): EtapeAccess => ({
  collaborator,
  state,
  plannedStart,
  plannedEnd,
  realStart: null,
  realEnd: null,
  ...real,
});

describe('etapeGrantsAccess: an étape in progress, from its (real, else planned) start to its (real, else planned) end', () => {
  test.each<[string, EtapeAccess, boolean]>([
    ['accepted, planned dates around today', step('me', 'etape', '2024-02-01', '2024-03-31'), true],
    ['starts today', step('me', 'etape', '2024-02-29', '2024-03-31'), true],
    ['planned end today', step('me', 'etape', '2024-02-01', '2024-02-29'), true],
    ['planned end yesterday', step('me', 'etape', '2024-02-01', '2024-02-28'), false],
    ['starts tomorrow', step('me', 'etape', '2024-03-01', '2024-03-31'), false],
    ['real start later than planned', step('me', 'etape', '2024-02-01', '2024-03-31', { realStart: '2024-03-01' }), false],
    ['real start earlier than planned', step('me', 'etape', '2024-03-05', '2024-03-31', { realStart: '2024-02-20' }), true],
    ['ended, real end today', step('me', 'termine', '2024-02-01', '2024-03-31', { realStart: '2024-02-01', realEnd: '2024-02-29' }), true],
    ['ended early, yesterday', step('me', 'termine', '2024-02-01', '2024-03-31', { realStart: '2024-02-01', realEnd: '2024-02-28' }), false],
    ['still a positionnement', step('me', 'positionne', '2024-02-01', '2024-03-31'), false],
    ['refused', step('me', 'refuse', '2024-02-01', '2024-03-31'), false],
  ])('%s → %s', (_label, e, expected) => expect(etapeGrantsAccess(e, today)).toBe(expected));

  test('only the named collaborator, and only an opérateur', () => {
    const file: FileScope = { territory: 'SUD', assignments: [], etapes: [step('me', 'etape', '2024-02-01', '2024-03-31'), step(null, 'etape', '2024-02-01', '2024-03-31')] };
    expect(canSeeFile(viewer(['operateur']), file, today)).toBe(true);
    expect(canSeeFile(viewer(['operateur'], { login: 'colleague' }), file, today)).toBe(false);
    expect(canSeeFile(viewer(['referent']), file, today)).toBe(false);
    expect(canSeeFile(viewer(['operateur']), file, '2024-04-01')).toBe(false);
  });
});

describe('canSeeFile', () => {
  const files: Record<string, FileScope> = {
    mineOpen: { territory: 'CENTRE', assignments: [parcours('me', '2023-05-01', null)] },
    mineEndsToday: { territory: 'CENTRE', assignments: [parcours('me', '2023-05-01', '2024-02-29')] },
    mineEndedYesterday: { territory: 'CENTRE', assignments: [parcours('me', '2023-05-01', '2024-02-28')] },
    mineFromTomorrow: { territory: 'CENTRE', assignments: [parcours('me', '2024-03-01', null)] },
    etapeForMe: {
      territory: 'NORD',
      assignments: [parcours('other', '2023-01-01', null, 'X'), etape('me', '2024-02-01', '2024-03-31')],
    },
    etapeWithoutEnd: {
      territory: 'NORD',
      assignments: [parcours('other', '2023-01-01', null, 'X'), etape('me', '2024-02-01', null)],
    },
    reorientedAway: {
      territory: 'CENTRE',
      assignments: [parcours('me', '2022-01-01', '2024-02-10'), parcours('other', '2024-02-05', null)],
    },
    otherTerritory: { territory: 'SUD', assignments: [parcours('other', '2023-01-01', null, 'DTAS-SUD')] },
    lastReferentOfMyStructure: {
      territory: 'SUD',
      assignments: [parcours('x', '2022-01-01', '2023-12-31', 'CCAS-PRIVAS')],
    },
    movedToAnotherStructure: {
      territory: 'SUD',
      assignments: [parcours('x', '2022-01-01', '2023-12-31', 'CCAS-PRIVAS'), parcours('y', '2024-01-01', null, 'AMESUD')],
    },
    noTerritoryNoAssignment: { territory: null, assignments: [] },
    myEtapeInProgress: { territory: 'SUD', assignments: [], etapes: [step('me', 'etape', '2024-02-01', '2024-03-31')] },
    myEtapeProposedOnly: { territory: 'SUD', assignments: [], etapes: [step('me', 'positionne', '2024-02-01', '2024-03-31')] },
    someoneElsesEtape: { territory: 'SUD', assignments: [], etapes: [step('other', 'etape', '2024-02-01', '2024-03-31')] },
  };

  // Expected visibility per file, for each profile alone (viewer in CENTRE, structure CCAS-PRIVAS).
  const table: Record<Profile, string[]> = {
    referent: ['mineOpen', 'mineEndsToday', 'etapeForMe'],
    referent_fse: ['mineOpen', 'mineEndsToday', 'etapeForMe'],
    secretariat: ['mineOpen', 'mineEndsToday', 'mineEndedYesterday', 'mineFromTomorrow', 'reorientedAway'],
    cadre: ['mineOpen', 'mineEndsToday', 'mineEndedYesterday', 'mineFromTomorrow', 'reorientedAway'],
    secretariat_structure: ['lastReferentOfMyStructure'],
    gestionnaire_fse: [],
    operateur: ['myEtapeInProgress'],
    siege: Object.keys(files),
  };

  const cases = PROFILES.flatMap((profile) =>
    Object.keys(files).map((file) => [profile, file, table[profile].includes(file)] as const),
  );

  test.each(cases)('%s sees %s: %j', (profile, file, expected) => {
    expect(canSeeFile(viewer([profile]), files[file], today)).toBe(expected);
  });

  test('several profiles see the union', () => {
    const both = viewer(['referent', 'secretariat_structure']);
    expect(canSeeFile(both, files.mineOpen, today)).toBe(true);
    expect(canSeeFile(both, files.lastReferentOfMyStructure, today)).toBe(true);
    expect(canSeeFile(both, files.otherTerritory, today)).toBe(false);
  });

  test('an archived file leaves the territory, not the référent in force', () => {
    const file: FileScope = { territory: 'CENTRE', archived: true, assignments: [parcours('me', '2023-05-01', null)] };
    expect(canSeeFile(viewer(['secretariat']), file, today)).toBe(false);
    expect(canSeeFile(viewer(['referent']), file, today)).toBe(true);
  });

  test('the structure at the time of the assignment counts, not where the référent works now', () => {
    const file: FileScope = { territory: 'SUD', assignments: [parcours('x', '2023-01-01', null, 'CCAS-PRIVAS')] };
    expect(canSeeFile(viewer(['secretariat_structure']), file, today)).toBe(true);
    expect(canSeeFile(viewer(['secretariat_structure'], { structure: 'AMESUD' }), file, today)).toBe(false);
  });

  test('another login never matches my assignment', () => {
    expect(canSeeFile(viewer(['referent'], { login: 'someone' }), files.mineOpen, today)).toBe(false);
  });

  test('access ends the day after the sortie date, across a month end', () => {
    const file: FileScope = { territory: 'CENTRE', assignments: [parcours('me', '2023-05-01', '2024-01-31')] };
    expect(canSeeFile(viewer(['referent']), file, '2024-01-31')).toBe(true);
    expect(canSeeFile(viewer(['referent']), file, '2024-02-01')).toBe(false);
  });
});
