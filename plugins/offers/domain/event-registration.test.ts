import { checkPresence, checkRegistration, type EventFacts } from './event-registration';
import { alertDays, endsWithin, unansweredFor, type AlertFacts } from './alerts';

const forum: EventFacts = { id: 1, title: 'Forum emploi', active: true, date: '2026-05-12', capacity: 2 };

describe('checkRegistration', () => {
  test.each<[string, EventFacts | null, number, boolean, number | 'ok', RegExp | null]>([
    ['a place left', forum, 1, false, 'ok', null],
    ['no event', null, 0, false, 422, /événement existant/],
    ['a deactivated event', { ...forum, active: false }, 0, false, 422, /désactivé/],
    ['already registered', forum, 1, true, 409, /déjà inscrite/],
    ['full', forum, 2, false, 409, /complet \(2 places\)/],
    ['no limit', { ...forum, capacity: null }, 900, false, 'ok', null],
  ])('%s', (_n, event, registered, already, status, message) => {
    const result = checkRegistration(event, registered, already);
    if (status === 'ok') expect(result.ok).toBe(true);
    else if (!result.ok) {
      expect(result.status).toBe(status);
      expect(result.message).toMatch(message as RegExp);
    } else throw new Error('expected a refusal');
  });
});

describe('checkPresence', () => {
  test.each<[string, unknown, string, boolean | number]>([
    ['on the day', true, '2026-05-12', true],
    ['absent, later', false, '2026-06-01', false],
    ['before the day', true, '2026-05-11', 409],
    ['not a yes/no', 'oui', '2026-05-12', 422],
  ])('%s', (_n, present, today, expected) => {
    const result = checkPresence(forum, present, today);
    if (typeof expected === 'boolean') expect(result).toEqual({ ok: true, value: expected });
    else expect(result).toMatchObject({ ok: false, status: expected });
  });
});

describe('alerts', () => {
  const p: AlertFacts = { state: 'etape', plannedEnd: '2026-03-10', realEnd: null, createdOn: '2026-02-01' };
  test.each<[string, AlertFacts, string, number, boolean]>([
    ['ends within 7 days', p, '2026-03-05', 7, true],
    ['ends today', p, '2026-03-10', 7, true],
    ['ended yesterday', p, '2026-03-11', 7, false],
    ['ends in 8 days', p, '2026-03-02', 7, false],
    ['already ended for real', { ...p, realEnd: '2026-03-08' }, '2026-03-05', 7, false],
    ['not an étape', { ...p, state: 'positionne' }, '2026-03-05', 7, false],
  ])('endsWithin: %s', (_n, facts, today, days, expected) => expect(endsWithin(facts, today, days)).toBe(expected));

  test.each<[string, AlertFacts, string, number, boolean]>([
    ['waiting 10 days, N = 10', { ...p, state: 'positionne' }, '2026-02-11', 10, true],
    ['waiting 9 days', { ...p, state: 'positionne' }, '2026-02-10', 10, false],
    ['answered', p, '2026-03-30', 10, false],
  ])('unansweredFor: %s', (_n, facts, today, days, expected) => expect(unansweredFor(facts, today, days)).toBe(expected));

  test.each<[unknown, number]>([['7', 7], [0, 15], ['x', 15], [400, 15], [30, 30]])('alertDays(%s) → %d', (raw, expected) => expect(alertDays(raw, 15)).toBe(expected));
});
