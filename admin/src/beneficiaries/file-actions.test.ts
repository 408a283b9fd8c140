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

test('without the server’s list nothing is offered: the console restates no rule', () => {
  for (const action of ['caseloadExit.enter', 'caseloadExit.cancel', 'stepReferent.add', 'standby.add'] as const) {
    expect(isActionAllowed(action, {}, secretariat, theirs)).toBe(false);
  }
});
