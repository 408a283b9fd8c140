import { ASSIGNMENT_END_MESSAGES as M, decideAssignmentEnd } from './assignment-end';
import { FILE_ACTION_REFUSED } from './file-actions';
import type { Profile } from './profile';

const REF = 'anne.referente';
const START = '2026-01-15';
const OLD = '2026-12-31';
const LATER = '2099-12-31';
const EARLIER = '2026-11-30';
const PUSH_LATER = 'Vous pouvez seulement avancer votre date de sortie (actuellement le 31/12/2026) : la repousser est un acte du secrétariat ou du cadre.';
const BEFORE_START = 'La date de sortie ne peut pas précéder le début de l’affectation (15/01/2026).';
const NOTHING_TO_CANCEL = 'Cette affectation n’a pas de date de sortie à annuler.';

type Who = 'referent' | 'referent_fse' | 'otherReferent' | 'secretariat' | 'cadre' | 'siege' | 'secretariat_structure' | 'operateur';
type EndedBy = 'none' | 'self' | 'secretariat' | 'genesis';

const ACTORS: Record<Who, { login: string; profiles: Profile[] }> = {
  referent: { login: REF, profiles: ['referent'] },
  referent_fse: { login: REF, profiles: ['referent_fse'] },
  otherReferent: { login: 'paul.collegue', profiles: ['referent'] },
  secretariat: { login: 'sec.nord', profiles: ['secretariat'] },
  cadre: { login: 'cadre.nord', profiles: ['cadre'] },
  siege: { login: 'siege', profiles: ['siege'] },
  secretariat_structure: { login: 'sec.ccas', profiles: ['secretariat_structure'] },
  operateur: { login: 'op', profiles: ['operateur'] },
};
const ENDED_BY: Record<EndedBy, string | null> = { none: null, self: REF, secretariat: 'sec.nord', genesis: 'genesis' };

// who × role of the assignment (always REF's) × who ended it × old end × new end → expected.
test.each<[Who, 'parcours' | 'etape', EndedBy, string | null, string | null, number, string | null]>([
  // The référent on their own parcours assignment.
  ['referent', 'parcours', 'none', null, OLD, 200, null],
  ['referent', 'parcours', 'none', null, '2020-01-01', 422, BEFORE_START],
  ['referent', 'parcours', 'none', null, '2026-02-30', 422, 'La date de sortie n’est pas une date valide.'],
  ['referent', 'parcours', 'none', null, null, 403, M.cancel],
  ['referent', 'parcours', 'self', OLD, EARLIER, 200, null],
  ['referent', 'parcours', 'self', OLD, OLD, 200, null],
  ['referent', 'parcours', 'self', OLD, LATER, 403, PUSH_LATER],
  ['referent', 'parcours', 'self', OLD, '2027-01-01', 403, PUSH_LATER],
  ['referent', 'parcours', 'self', OLD, null, 403, M.cancel],
  ['referent_fse', 'parcours', 'self', OLD, EARLIER, 200, null],
  ['referent_fse', 'parcours', 'self', OLD, LATER, 403, PUSH_LATER],
  // A sortie entered by someone else stays theirs, even to bring it earlier.
  ['referent', 'parcours', 'secretariat', OLD, LATER, 403, M.endedBySomeoneElse],
  ['referent', 'parcours', 'secretariat', OLD, EARLIER, 403, M.endedBySomeoneElse],
  ['referent', 'parcours', 'secretariat', OLD, null, 403, M.endedBySomeoneElse],
  ['referent', 'parcours', 'genesis', OLD, LATER, 403, M.endedBySomeoneElse],
  // A référent d'étape assignment is never the référent's to change.
  ['referent', 'etape', 'secretariat', OLD, LATER, 403, M.stepByReferent],
  ['referent', 'etape', 'secretariat', OLD, EARLIER, 403, M.stepByReferent],
  ['referent', 'etape', 'secretariat', OLD, null, 403, M.stepByReferent],
  ['referent_fse', 'etape', 'none', OLD, LATER, 403, M.stepByReferent],
  // Someone else's assignment.
  ['otherReferent', 'parcours', 'none', null, OLD, 403, M.notOwn],
  ['otherReferent', 'parcours', 'self', OLD, EARLIER, 403, M.notOwn],
  // Secretariats and cadres: every move, within the date rules.
  ['secretariat', 'parcours', 'none', null, OLD, 200, null],
  ['secretariat', 'parcours', 'self', OLD, LATER, 200, null],
  ['secretariat', 'parcours', 'self', OLD, null, 200, null],
  ['secretariat', 'parcours', 'none', null, null, 422, NOTHING_TO_CANCEL],
  ['secretariat', 'parcours', 'none', null, '2020-01-01', 422, BEFORE_START],
  ['secretariat', 'etape', 'secretariat', OLD, LATER, 200, null],
  ['secretariat', 'etape', 'secretariat', OLD, EARLIER, 200, null],
  ['secretariat', 'etape', 'secretariat', OLD, null, 422, M.stepEndRequired],
  ['cadre', 'parcours', 'secretariat', OLD, null, 200, null],
  ['cadre', 'parcours', 'genesis', OLD, LATER, 200, null],
  ['cadre', 'etape', 'none', OLD, LATER, 200, null],
  ['cadre', 'etape', 'none', OLD, null, 422, M.stepEndRequired],
  // Nobody else writes.
  ['siege', 'parcours', 'none', null, OLD, 403, FILE_ACTION_REFUSED],
  ['siege', 'parcours', 'self', OLD, null, 403, FILE_ACTION_REFUSED],
  ['secretariat_structure', 'parcours', 'none', null, OLD, 403, FILE_ACTION_REFUSED],
  ['operateur', 'etape', 'none', OLD, LATER, 403, FILE_ACTION_REFUSED],
])('%s on a %s assignment ended by %s (end %j) → end %j: %i', (who, role, endedBy, oldEnd, newEnd, status, message) => {
  const decision = decideAssignmentEnd({
    actor: ACTORS[who],
    actorHoldsFile: who === 'referent' || who === 'referent_fse' || who === 'otherReferent',
    assignment: { login: REF, role, start: START, end: oldEnd, endedBy: ENDED_BY[endedBy] },
    newEnd,
  });
  expect(decision).toEqual(status === 200 ? { ok: true } : { ok: false, status, message });
});

test('the référent’s own assignment is refused once they no longer hold the file', () => {
  const decision = decideAssignmentEnd({
    actor: ACTORS.referent,
    actorHoldsFile: false,
    assignment: { login: REF, role: 'parcours', start: START, end: null, endedBy: null },
    newEnd: OLD,
  });
  expect(decision).toEqual({ ok: false, status: 403, message: M.notOwn });
});
