import type { Assignment } from '../beneficiaries/beneficiary.type';
import { cancellableExit, currentParcours, stepReferentsInForce, suggestedExitDates } from './assignment-rules';

const a = (id: number, role: Assignment['role'], start: string, end: string | null, login = `user${id}`): Assignment => ({
  id,
  login,
  name: login,
  structure: null,
  role,
  start,
  end,
  source: 'genesis',
});

const TODAY = '2026-11-04';

test('the parcours assignment in force is the one to end', () => {
  const history = [
    a(1, 'parcours', '2025-01-01', '2026-03-31'),
    a(2, 'parcours', '2026-04-01', null),
    a(3, 'etape', '2026-11-01', '2026-11-30'),
  ];
  expect(currentParcours(history, TODAY)?.id).toBe(2);
});

test('an exit dated today still leaves the assignment in force until tonight', () => {
  expect(currentParcours([a(1, 'parcours', '2026-01-01', TODAY)], TODAY)?.id).toBe(1);
});

test('no parcours in force: nothing to end', () => {
  expect(currentParcours([a(1, 'parcours', '2026-01-01', '2026-10-31')], TODAY)).toBeNull();
  expect(currentParcours([a(1, 'parcours', '2026-12-01', null)], TODAY)).toBeNull();
  expect(currentParcours([], TODAY)).toBeNull();
});

test('the sortie to cancel is the end date of the latest parcours assignment', () => {
  expect(cancellableExit([a(1, 'parcours', '2025-01-01', '2025-12-31'), a(2, 'parcours', '2026-01-01', '2026-11-30')])?.id).toBe(2);
  expect(cancellableExit([a(1, 'parcours', '2025-01-01', '2025-12-31'), a(2, 'parcours', '2026-01-01', null)])).toBeNull();
  expect(cancellableExit([a(1, 'etape', '2026-01-01', '2026-12-31')])).toBeNull();
});

test('suggested exit dates: end of this month and of the next', () => {
  expect(suggestedExitDates('2026-11-04')).toEqual(['2026-11-30', '2026-12-31']);
  expect(suggestedExitDates('2026-12-15')).toEqual(['2026-12-31', '2027-01-31']);
  expect(suggestedExitDates('2027-01-31')).toEqual(['2027-01-31', '2027-02-28']);
});

test('référents d’étape in force', () => {
  const history = [
    a(1, 'etape', '2026-10-01', '2026-10-31'),
    a(2, 'etape', '2026-11-01', '2026-11-30'),
    a(3, 'parcours', '2026-01-01', null),
  ];
  expect(stepReferentsInForce(history, TODAY).map((x) => x.id)).toEqual([2]);
});
