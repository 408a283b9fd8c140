import type { Assignment } from './beneficiary.type';
import { isActionAllowed } from './file-actions';

const mine: Assignment = {
  id: 1,
  login: 'ref1',
  name: 'Réf Un',
  structure: null,
  role: 'parcours',
  start: '2026-01-01',
  end: null,
  source: 'genesis',
};
const theirs: Assignment = { ...mine, login: 'ref2' };
const referent = { profiles: ['referent' as const], login: 'ref1' };
const secretariat = { profiles: ['secretariat' as const], login: 'sec1' };
const siege = { profiles: ['siege' as const], login: 'siege1' };

test('the server’s list wins when present', () => {
  expect(isActionAllowed('standby.add', { actions: ['standby.add'] }, siege)).toBe(true);
  expect(isActionAllowed('caseloadExit.enter', { actions: [] }, referent, mine)).toBe(false);
});

test.each([
  ['caseloadExit.enter', referent, mine, true],
  ['caseloadExit.enter', referent, theirs, false],
  ['caseloadExit.enter', secretariat, theirs, true],
  ['caseloadExit.enter', siege, theirs, false],
  ['caseloadExit.enter', referent, null, false],
  ['caseloadExit.cancel', referent, mine, false],
  ['caseloadExit.cancel', secretariat, mine, true],
  ['stepReferent.add', referent, null, false],
  ['stepReferent.add', secretariat, null, true],
  ['standby.add', secretariat, null, false],
] as const)('without the server’s list: %s by %j on %j → %j', (action, viewer, assignment, expected) => {
  expect(isActionAllowed(action, {}, viewer, assignment)).toBe(expected);
});
