import {
  availableTransitions,
  checkAttendanceHours,
  checkNewPositionnement,
  checkSessionDates,
  checkTransition,
  fillRate,
  mayEnrol,
  placesLeft,
  type EnrolmentActor,
  type NewPositionnement,
  type OfferFacts,
  type PositionnementFacts,
} from './positionnement';

const offer: OfferFacts = { id: 1, title: 'Atelier CV', active: true, start: '2026-03-01', end: '2026-06-30', bySessions: false, capacity: 2 };
const bySessions: OfferFacts = { ...offer, id: 2, title: 'Formation', bySessions: true, capacity: null };
const session = { id: 10, offerId: 2, active: true, start: '2026-04-01', end: '2026-04-30', capacity: 1 };
const base: NewPositionnement = { offer, session: null, taken: 0, sameOffer: [], plannedStart: '2026-03-10', plannedEnd: '2026-04-10' };

describe('checkNewPositionnement', () => {
  test.each<[string, Partial<NewPositionnement>, number | 'ok', RegExp | null]>([
    ['a valid positionnement', {}, 'ok', null],
    ['an offer that does not exist', { offer: null }, 422, /offre de service existante/],
    ['a deactivated offer', { offer: { ...offer, active: false } }, 422, /désactivée/],
    ['no planned start', { plannedStart: undefined }, 422, /début prévue est obligatoire/],
    ['an impossible planned end', { plannedEnd: '2026-02-30' }, 422, /fin prévue est obligatoire/],
    ['an end before the start', { plannedStart: '2026-04-10', plannedEnd: '2026-04-09' }, 422, /précède/],
    ['a start before the offer', { plannedStart: '2026-02-28' }, 422, /du 01\/03\/2026 au 30\/06\/2026/],
    ['an end after the offer', { plannedEnd: '2026-07-01' }, 422, /période de l’offre/],
    ['the full offer', { taken: 2 }, 409, /complète \(2 places\)/],
    ['one place left', { taken: 1 }, 'ok', null],
    ['a second open positionnement', { sameOffer: ['refuse', 'positionne'] }, 409, /déjà un positionnement en cours/],
    ['a second one while in étape', { sameOffer: ['etape'] }, 409, /déjà un positionnement en cours/],
    ['after a refused and an ended one', { sameOffer: ['refuse', 'termine'] }, 'ok', null],
    ['by sessions without a session', { offer: bySessions }, 422, /choisissez une session/],
    ['a session of another offer', { offer: bySessions, session: { ...session, offerId: 99 } }, 422, /n’appartient pas/],
    ['a deactivated session', { offer: bySessions, session: { ...session, active: false } }, 422, /session est désactivée/],
    ['planned dates outside the session', { offer: bySessions, session }, 422, /comprises dans la session choisie, du 01\/04\/2026 au 30\/04\/2026/],
    ['an end after the session', { offer: bySessions, session, plannedStart: '2026-04-01', plannedEnd: '2026-05-01' }, 422, /session choisie/],
    ['planned dates inside the session', { offer: bySessions, session, plannedStart: '2026-04-01', plannedEnd: '2026-04-30' }, 'ok', null],
    ['a full session', { offer: bySessions, session, taken: 1, plannedStart: '2026-04-02', plannedEnd: '2026-04-20' }, 409, /session du 01\/04\/2026 au 30\/04\/2026 est complète \(1 place\)/],
    ['a session with places', { offer: bySessions, session, taken: 0, plannedStart: '2026-04-02', plannedEnd: '2026-04-20' }, 'ok', null],
    ['an offer without limit', { offer: { ...offer, capacity: null }, taken: 500 }, 'ok', null],
  ])('%s', (_name, change, status, message) => {
    const result = checkNewPositionnement({ ...base, ...change });
    if (status === 'ok') {
      expect(result).toEqual({ ok: true, value: { plannedStart: change.plannedStart ?? base.plannedStart, plannedEnd: change.plannedEnd ?? base.plannedEnd } });
    } else {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.status).toBe(status);
        expect(result.message).toMatch(message as RegExp);
      }
    }
  });
});

const operator: EnrolmentActor = { profiles: ['operateur'], isOfferOperator: true, actsOnFile: false };
const referent: EnrolmentActor = { profiles: ['referent'], isOfferOperator: false, actsOnFile: true };
const otherOperator: EnrolmentActor = { profiles: ['operateur'], isOfferOperator: false, actsOnFile: false };
const siege: EnrolmentActor = { profiles: ['siege'], isOfferOperator: false, actsOnFile: true };

describe('mayEnrol', () => {
  test.each<[string, EnrolmentActor, boolean]>([
    ['the file’s référent', referent, true],
    ['a référent who does not hold the file', { ...referent, actsOnFile: false }, false],
    ['a secrétariat of the territory', { profiles: ['secretariat'], isOfferOperator: false, actsOnFile: true }, true],
    ['a cadre', { profiles: ['cadre'], isOfferOperator: false, actsOnFile: true }, true],
    ['the siège (configures, enrols nobody)', siege, false],
    ['an opérateur', operator, false],
  ])('%s → %s', (_name, actor, expected) => expect(mayEnrol(actor)).toBe(expected));
});

const proposed: PositionnementFacts = { state: 'positionne', plannedStart: '2026-03-10', plannedEnd: '2026-04-10', realStart: null, realEnd: null };
const inStep: PositionnementFacts = { ...proposed, state: 'etape', realStart: '2026-03-12' };

describe('checkTransition', () => {
  test.each<[string, EnrolmentActor, PositionnementFacts, Record<string, unknown>, number | Record<string, unknown>, RegExp | null]>([
    ['the operator accepts: real start = planned start', operator, proposed, { to: 'etape' }, { state: 'etape', realStart: '2026-03-10' }, null],
    ['the operator accepts with a real start', operator, proposed, { to: 'etape', realStart: '2026-03-12' }, { state: 'etape', realStart: '2026-03-12' }, null],
    ['a real start outside the offer', operator, proposed, { to: 'etape', realStart: '2026-07-02' }, 422, /période de l’offre/],
    ['a real start after the planned end', operator, proposed, { to: 'etape', realStart: '2026-05-01' }, 422, /après la fin prévue/],
    ['the référent may not accept', referent, proposed, { to: 'etape' }, 403, /Seul l’opérateur/],
    ['another operator may not accept', otherOperator, proposed, { to: 'etape' }, 403, /Seul l’opérateur/],
    ['a refusal needs a motif', operator, proposed, { to: 'refuse', comment: '  ' }, 422, /motif du refus/],
    ['the operator refuses with a motif', operator, proposed, { to: 'refuse', comment: 'Prérequis absents' }, { state: 'refuse', comment: 'Prérequis absents' }, null],
    ['ending a positionnement not accepted', operator, proposed, { to: 'termine', realEnd: '2026-04-01', endReason: 'Abandon' }, 409, /ne peut pas passer/],
    ['an unknown state', operator, proposed, { to: 'annule' }, 422, /nouvel état/],
    ['the operator ends with a reason', operator, inStep, { to: 'termine', realEnd: '2026-04-01', endReason: 'Étape réalisée' }, { state: 'termine', realStart: '2026-03-12', realEnd: '2026-04-01', endReason: 'Étape réalisée' }, null],
    ['the référent may end it too', referent, inStep, { to: 'termine', realEnd: '2026-04-01', endReason: 'Abandon' }, { state: 'termine' }, null],
    ['another operator may not end it', otherOperator, inStep, { to: 'termine', realEnd: '2026-04-01', endReason: 'Abandon' }, 403, /terminer une étape/],
    ['an end before the start', operator, inStep, { to: 'termine', realEnd: '2026-03-11', endReason: 'Abandon' }, 422, /précède le début de l’étape \(12\/03\/2026\)/],
    ['an end after the offer', operator, inStep, { to: 'termine', realEnd: '2026-07-01', endReason: 'Abandon' }, 422, /dépasse la fin de l’offre/],
    ['no end date', operator, inStep, { to: 'termine', endReason: 'Abandon' }, 422, /fin réelle est obligatoire/],
    ['no end reason', operator, inStep, { to: 'termine', realEnd: '2026-04-01' }, 422, /motif de fin/],
    ['a refused one cannot move', operator, { ...proposed, state: 'refuse' }, { to: 'etape' }, 409, /ne peut pas passer/],
  ])('%s', (_name, actor, current, input, expected, message) => {
    const result = checkTransition(actor, current, { start: '2026-03-01', end: '2026-06-30' }, input as never);
    if (typeof expected === 'number') {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.status).toBe(expected);
        expect(result.message).toMatch(message as RegExp);
      }
    } else {
      expect(result).toMatchObject({ ok: true, value: expected });
    }
  });

  test('buttons: the operator answers, both may end', () => {
    expect(availableTransitions(operator, 'positionne')).toEqual(['etape', 'refuse']);
    expect(availableTransitions(referent, 'positionne')).toEqual([]);
    expect(availableTransitions(referent, 'etape')).toEqual(['termine']);
    expect(availableTransitions(otherOperator, 'etape')).toEqual([]);
  });
});

describe('attendance, fill rate, places left', () => {
  test.each<[string, Parameters<typeof checkAttendanceHours>[0], unknown, number | null]>([
    ['hours on an étape', 'etape', 12.5, 12.5],
    ['a French decimal', 'termine', '3,25', 3.25],
    ['rounded to the quarter', 'etape', 1.1, 1],
    ['negative', 'etape', -1, null],
    ['not a number', 'etape', 'abc', null],
    ['on a positionnement not accepted', 'positionne', 2, null],
  ])('%s', (_n, state, value, expected) => {
    const result = checkAttendanceHours(state, value);
    expect(result.ok ? result.value : null).toBe(expected);
  });

  test.each<[number, number | null, number | null, number | null]>([
    [0, 10, 0, 10],
    [3, 4, 0.75, 1],
    [5, 4, 1.25, 0],
    [3, null, null, null],
    [0, 0, null, 0],
  ])('%d taken of %s places → rate %s, %s left', (taken, capacity, rate, left) => {
    expect(fillRate(taken, capacity)).toBe(rate);
    expect(placesLeft(taken, capacity)).toBe(left);
  });
});

describe('checkSessionDates: a session runs inside its offer', () => {
  test.each<[string, { start: unknown; end: unknown }, Pick<OfferFacts, 'title' | 'start' | 'end'> | null, RegExp | null]>([
    ['inside the offer', { start: '2026-03-01', end: '2026-06-30' }, offer, null],
    ['no offer yet (linked later)', { start: '2026-01-01', end: '2026-01-31' }, null, null],
    ['starts before the offer', { start: '2026-02-28', end: '2026-04-30' }, offer, /pendant l’offre « Atelier CV », du 01\/03\/2026 au 30\/06\/2026/],
    ['ends after the offer', { start: '2026-04-01', end: '2026-07-01' }, offer, /pendant l’offre/],
    ['ends before it starts', { start: '2026-04-10', end: '2026-04-09' }, offer, /précède son début/],
    ['no dates', { start: null, end: '2026-04-09' }, offer, /obligatoires/],
  ])('%s', (_label, session, parent, message) => {
    const check = checkSessionDates(parent, session);
    if (message === null) expect(check).toEqual({ ok: true, value: true });
    else expect(check).toMatchObject({ ok: false, status: 422, message: expect.stringMatching(message) });
  });
});
