import { checkFseStep, findConflicts, occupiedPeriod, overlappingSteps, type FseStepRow, type OtherFseStep, type StepDates } from './step-rules';

const OP = { code: 'FSE-2027-AE', name: 'FSE 2027 Accompagnateurs emploi', start: '2027-01-01', end: '2027-12-31' };
const dates = (plannedStart: string | null, plannedEnd: string | null, realStart: string | null = null, realEnd: string | null = null): StepDates => ({ plannedStart, plannedEnd, realStart, realEnd });
const other = (id: number, d: StepDates): OtherFseStep => ({ id, offerTitle: `FSE étape ${id}`, ...d });

describe('occupied period: real dates where entered, planned otherwise', () => {
  test.each([
    [dates('2027-02-01', '2027-03-31'), { start: '2027-02-01', end: '2027-03-31' }],
    [dates('2027-02-01', '2027-03-31', '2027-02-05'), { start: '2027-02-05', end: '2027-03-31' }],
    [dates('2027-02-01', '2027-03-31', '2027-02-05', '2027-02-20'), { start: '2027-02-05', end: '2027-02-20' }],
    [dates(null, null), null],
  ])('%j → %j', (d, expected) => expect(occupiedPeriod(d)).toEqual(expected));
});

describe('checkFseStep: dates inside the operation, no other FSE étape over the same days', () => {
  const ended = other(7, dates('2027-01-10', '2027-12-31', '2027-01-10', '2027-03-31'));
  const running = other(8, dates('2027-06-01', '2027-09-30', '2027-06-01'));
  test.each<[string, StepDates, OtherFseStep[], null | { field: string; message: RegExp }]>([
    ['inside, alone', dates('2027-02-01', '2027-03-31'), [], null],
    ['planned start before the operation', dates('2026-12-15', '2027-03-31'), [], { field: 'plannedStart', message: /début prévu \(15\/12\/2026\) est hors de l’opération FSE « FSE 2027 Accompagnateurs emploi », du 01\/01\/2027 au 31\/12\/2027/ }],
    ['planned end after the operation', dates('2027-11-01', '2028-01-31'), [], { field: 'plannedEnd', message: /fin prévue \(31\/01\/2028\)/ }],
    ['real end after the operation', dates('2027-11-01', '2027-12-31', '2027-11-01', '2028-01-02'), [], { field: 'realEnd', message: /fin réelle/ }],
    ['first day and last day of the operation are inside', dates('2027-01-01', '2027-12-31'), [], null],
    ['after the other ended (real end 31/03)', dates('2027-04-01', '2027-05-31'), [ended], null],
    ['starting the day the other ended', dates('2027-03-31', '2027-05-31'), [ended], { field: 'plannedStart', message: /déjà sur l’étape FSE « FSE étape 7 » du 10\/01\/2027 au 31\/03\/2027/ }],
    ['inside a running one (up to its planned end)', dates('2027-09-01', '2027-10-31'), [ended, running], { field: 'plannedStart', message: /FSE étape 8/ }],
    ['after a running one’s planned end', dates('2027-10-01', '2027-10-31'), [ended, running], null],
    ['accepted with a real start inside another', dates('2027-05-01', '2027-06-30', '2027-06-15'), [running], { field: 'realStart', message: /une étape FSE à la fois/ }],
    ['outside the operation is told before an overlap', dates('2026-12-01', '2027-02-01'), [ended], { field: 'plannedStart', message: /hors de l’opération/ }],
  ])('%s', (_name, step, others, expected) => {
    const refusal = checkFseStep(step, OP, others);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toEqual({ ok: false, status: 422, field: expected.field, message: expect.stringMatching(expected.message) });
  });

  test('overlappingSteps names every clash', () => {
    expect(overlappingSteps(dates('2027-01-01', '2027-12-31'), [other(1, dates('2027-02-01', '2027-02-02')), other(2, dates('2028-02-01', '2028-02-02'))]).map((o) => o.id)).toEqual([1]);
  });
});

describe('findConflicts: the data’s overlaps (once per pair) and dates outside the operation', () => {
  const row = (id: number, beneficiaryId: number, d: StepDates, opStart = '2027-01-01', opEnd = '2027-12-31'): FseStepRow => ({ id, beneficiaryId, operationStart: opStart, operationEnd: opEnd, ...d });
  test.each<[string, FseStepRow[], unknown[]]>([
    ['nothing', [], []],
    ['two people, same days: no conflict', [row(1, 10, dates('2027-01-01', '2027-06-30')), row(2, 11, dates('2027-01-01', '2027-06-30'))], []],
    ['same person, overlapping', [row(2, 10, dates('2027-05-01', '2027-08-31')), row(1, 10, dates('2027-01-01', '2027-06-30'))], [{ kind: 'overlap', beneficiaryId: 10, stepId: 1, otherStepId: 2 }]],
    ['same person, one after the other', [row(1, 10, dates('2027-01-01', '2027-06-30', null, '2027-03-31')), row(2, 10, dates('2027-04-01', '2027-06-30'))], []],
    ['outside its operation', [row(3, 10, dates('2026-12-01', '2027-06-30'))], [{ kind: 'outside_operation', beneficiaryId: 10, stepId: 3, otherStepId: null }]],
  ])('%s', (_name, rows, expected) => expect(findConflicts(rows)).toEqual(expected));
});
