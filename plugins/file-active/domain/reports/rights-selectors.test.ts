import { isNotSubjectToRightsAndDuties, isRightClosed } from './rights-selectors';

test.each([
  ['Droit clos', true],
  ['droit clos sur mois antérieur', true],
  ['5', true],
  ['6', true],
  ['Droit ouvert et versable', false],
  ['Droit ouvert mais versement suspendu', false],
  ['4', false],
  [null, false],
])('isRightClosed(%j) → %j', (value, expected) => {
  expect(isRightClosed(value)).toBe(expected);
});

test.each([
  ['Non soumis à droit et devoir', true],
  ['NSDD', true],
  ['Soumis à droit et devoir', false],
  ['SDD', false],
  [null, false],
])('isNotSubjectToRightsAndDuties(%j) → %j', (value, expected) => {
  expect(isNotSubjectToRightsAndDuties(value)).toBe(expected);
});
