import { isFileReferent } from './file-referent';
import type { Assignment } from './visibility';

const TODAY = '2026-12-02';
const a = (role: Assignment['role'], start: string, end: string | null, login = 'marie.martin') => ({ login, role, start, end });

test.each([
  ['parcours in force, open', [a('parcours', '2026-01-01', null)], true],
  ['parcours ending today', [a('parcours', '2026-01-01', TODAY)], true],
  ['parcours ended yesterday', [a('parcours', '2026-01-01', '2026-12-01')], false],
  ['parcours starting tomorrow', [a('parcours', '2026-12-03', null)], false],
  ['étape in force (a temporary replacement)', [a('etape', '2026-11-01', '2026-12-31')], false],
  ['étape in force and an ended parcours', [a('etape', '2026-11-01', '2026-12-31'), a('parcours', '2025-01-01', '2026-06-30')], false],
  ['étape and parcours both in force', [a('etape', '2026-11-01', '2026-12-31'), a('parcours', '2026-01-01', null)], true],
  ['someone else’s parcours', [a('parcours', '2026-01-01', null, 'paul.durand')], false],
  ['no assignment', [], false],
])('%s → %j', (_label, assignments, expected) => {
  expect(isFileReferent(assignments as Assignment[], 'marie.martin', TODAY)).toBe(expected);
});
