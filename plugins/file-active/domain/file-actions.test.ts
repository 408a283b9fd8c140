import { FILE_ACTIONS, type FileAction, availableFileActions, mayDo } from './file-actions';
import { PROFILES, type Profile } from './profile';

// The ACCESS.md table, written out: for each profile, the actions allowed on any visible file
// ('yes') and those allowed on own files only ('own').
const expected: Record<Profile, { yes: FileAction[]; own: FileAction[] }> = {
  referent: {
    yes: [],
    own: [
      'standby.add',
      'standby.end',
      'standby.delete',
      'caseloadExit.enter',
      'characteristics.edit',
      'midem.request',
      'contact.edit',
      'notes.write',
      'documents.write',
      'appointments.write',
    ],
  },
  referent_fse: {
    yes: [],
    own: [
      'standby.add',
      'standby.end',
      'standby.delete',
      'caseloadExit.enter',
      'characteristics.edit',
      'midem.request',
      'contact.edit',
      'notes.write',
      'documents.write',
      'appointments.write',
    ],
  },
  secretariat: { yes: [...FILE_ACTIONS], own: [] },
  cadre: { yes: [...FILE_ACTIONS], own: [] },
  secretariat_structure: { yes: [], own: [] },
  siege: { yes: [], own: [] },
  operateur: { yes: [], own: [] },
  gestionnaire_fse: { yes: [], own: [] },
};

const cases = PROFILES.flatMap((profile) =>
  FILE_ACTIONS.flatMap((action) =>
    [true, false].map((isOwnFile) => {
      const { yes, own } = expected[profile];
      const allowed = yes.includes(action) || (isOwnFile && own.includes(action));
      return [profile, action, isOwnFile, allowed] as const;
    }),
  ),
);

test.each(cases)('%s, %s, own file %j → %j', (profile, action, isOwnFile, allowed) => {
  expect(mayDo({ profiles: [profile] }, action, { isOwnFile })).toBe(allowed);
});

test.each<[Profile[], FileAction, boolean, boolean]>([
  [['referent', 'siege'], 'standby.add', true, true], // the référent profile grants it
  [['referent', 'siege'], 'standby.add', false, false],
  [['referent', 'secretariat'], 'caseloadExit.cancel', true, true],
  [[], 'notes.write', true, false],
])('profiles %j, %s, own %j → %j', (profiles, action, isOwnFile, allowed) => {
  expect(mayDo({ profiles }, action, { isOwnFile })).toBe(allowed);
});

test.each<Profile>(['siege', 'secretariat_structure'])('%s never writes (no note, no document)', (profile) => {
  expect(availableFileActions({ profiles: [profile] }, { isOwnFile: true })).toEqual([]);
  expect(availableFileActions({ profiles: [profile] }, { isOwnFile: false })).toEqual([]);
});

test('a référent on a file of theirs is offered everything but cancel and référent d’étape', () => {
  expect(availableFileActions({ profiles: ['referent'] }, { isOwnFile: true })).toEqual(
    FILE_ACTIONS.filter((a) => a !== 'caseloadExit.cancel' && a !== 'stepReferent.add'),
  );
});
