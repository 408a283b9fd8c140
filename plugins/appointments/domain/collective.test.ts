import { ATTENDANCE, attendanceOf, checkCapacity, isAttendance } from './collective';

test.each<[unknown, number, true | RegExp]>([
  [10, 10, true],
  ['12', 3, true],
  [10, 11, /^Capacité dépassée : 11 participants pour 10 places\.$/],
  [1, 2, /pour 1 place\.$/],
  [0, 0, /Capacité invalide/],
  [2.5, 1, /Capacité invalide/],
  ['dix', 1, /Capacité invalide/],
  [null, 1, /Capacité invalide/],
  [201, 1, /Capacité invalide/],
  [5, 0, /Aucun dossier/],
])('capacity %p for %p participants → %p', (capacity, participants, expected) => {
  const check = checkCapacity(capacity, participants);
  if (expected === true) expect(check.ok).toBe(true);
  else expect(check).toMatchObject({ ok: false, message: expect.stringMatching(expected) });
});

test.each([
  ['present', 'honore'],
  ['excuse', 'absence_justifiee'],
  ['absent', 'absence_non_justifiee'],
  ['annule', 'annule_beneficiaire'],
  ['prevu', 'prevu'],
] as const)('attendance %s ⇄ réalisation %s', (attendance, status) => {
  expect(ATTENDANCE[attendance]).toBe(status);
  expect(attendanceOf(status)).toBe(attendance);
  expect(isAttendance(attendance)).toBe(true);
});

test('an unknown attendance is refused; a status outside the list reads « non renseigné »', () => {
  expect(isAttendance('venu')).toBe(false);
  expect(isAttendance('toString')).toBe(false);
  expect(attendanceOf('annule_referent')).toBe('prevu');
});
