import { currentParcoursAssignment, mergeAssignment, type AssignmentChange, type KnownAssignment } from './merge-assignment';

const parcours = (id: number, login: string, start: string | null, end: string | null = null): KnownAssignment => ({ id, role: 'parcours', login, start, end });
const etape = (id: number, login: string, start: string, end: string): KnownAssignment => ({ id, role: 'etape', login, start, end });
const feed = { login: 'new.referent', designatedOn: '2026-10-15', structure: 'CCAS-PRIVAS' };
const extraction = '2026-11-02';
const opened = { login: 'new.referent', start: '2026-10-15', structure: 'CCAS-PRIVAS' };

describe('currentParcoursAssignment (rule 7: only parcours, the last recorded)', () => {
  test.each<[string, KnownAssignment[], number | null]>([
    ['none', [], null],
    ['étapes are not the feed’s', [etape(1, 'x', '2026-01-01', '2026-12-31')], null],
    ['latest start', [parcours(1, 'a', '2025-01-01'), parcours(2, 'b', '2026-01-01', '2026-02-01')], 2],
    ['equal starts: latest created', [parcours(3, 'a', '2026-01-01'), parcours(2, 'b', '2026-01-01')], 3],
    ['no start counts as the oldest', [parcours(5, 'a', null), parcours(2, 'b', '2020-01-01')], 2],
    ['a later étape does not hide the parcours', [parcours(1, 'a', '2025-01-01'), etape(2, 'b', '2026-01-01', '2026-12-31')], 1],
  ])('%s', (_label, assignments, expected) => {
    expect(currentParcoursAssignment(assignments)?.id ?? null).toBe(expected);
  });
});

describe('mergeAssignment', () => {
  test.each<[string, KnownAssignment[], AssignmentChange]>([
    ['rule 4: another référent → réorientation', [parcours(1, 'old', '2024-01-01')], { kind: 'reorientation', endId: 1, endOn: extraction, open: opened }],
    ['rule 4: no référent de parcours at all → one is opened', [etape(1, 'x', '2026-01-01', '2026-12-31')], { kind: 'reorientation', endId: null, endOn: extraction, open: opened }],
    ['rule 4: an earlier sortie of the old référent is kept', [parcours(1, 'old', '2024-01-01', '2026-10-31')], { kind: 'reorientation', endId: null, endOn: extraction, open: opened }],
    ['rule 4: a sortie on the extraction date is kept', [parcours(1, 'old', '2024-01-01', extraction)], { kind: 'reorientation', endId: null, endOn: extraction, open: opened }],
    ['rule 4: an end after the extraction date is brought back to it', [parcours(1, 'old', '2024-01-01', '2026-12-31')], { kind: 'reorientation', endId: 1, endOn: extraction, open: opened }],
    ['rule 5: same référent, sortie entered → reverted', [parcours(1, 'new.referent', '2024-01-01', '2026-10-31')], { kind: 'sortieReverted', id: 1 }],
    ['same référent, open → unchanged', [parcours(1, 'new.referent', '2024-01-01')], { kind: 'unchanged' }],
    ['rule 7: a hand-entered référent de parcours is replaced', [parcours(1, 'new.referent', '2024-01-01'), parcours(2, 'by.hand', '2026-06-01')], { kind: 'reorientation', endId: 2, endOn: extraction, open: opened }],
    ['rule 7: a référent d’étape is never touched', [parcours(1, 'new.referent', '2024-01-01'), etape(2, 'step', '2026-06-01', '2026-12-31')], { kind: 'unchanged' }],
  ])('%s', (_label, assignments, expected) => {
    expect(mergeAssignment(assignments, feed, extraction)).toEqual(expected);
  });
});
