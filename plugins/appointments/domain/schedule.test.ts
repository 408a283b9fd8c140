import { checkSlot, conflictMessage, findConflict, overlaps } from './schedule';
import { slotWarnings, publicHolidayName, weekday } from './calendar-warnings';
import type { AppointmentStatus } from './appointment-status';

const NOW = new Date('2026-12-02T09:00:00Z');

test.each([
  ['2026-12-10T14:30', 45, true, null],
  ['2026-12-10T14:30', '60', true, null],
  ['2026-12-10T14:30', 0, false, 'duration'],
  ['2026-12-10T14:30', 1441, false, 'duration'],
  ['2026-12-10T14:30', 12.5, false, 'duration'],
  ['2026-12-10 14:30', 30, false, 'start'],
  ['2027-03-28T02:30', 30, false, 'start'],
  ['2026-12-01T10:00', 30, false, 'start'],
])('slot %s for %s min → ok %s (%s)', (start, duration, ok, field) => {
  const result = checkSlot(start, duration, NOW, { isNew: true });
  expect(result.ok).toBe(ok);
  if (!result.ok) expect(result.field).toBe(field);
});

test('a past start is accepted for an appointment that is not new (recording what happened)', () => {
  expect(checkSlot('2026-12-01T10:00', 30, NOW, { isNew: false }).ok).toBe(true);
  const past = checkSlot('2026-12-01T10:00', 30, NOW, { isNew: true });
  expect(!past.ok && past.message).toMatch(/passé \(le 01\/12\/2026 à 10:00\)/);
});

const at = (iso: string) => new Date(iso);
const entry = (id: number, start: string, end: string, status: AppointmentStatus = 'prevu') => ({ id, startsAt: at(start), endsAt: at(end), status });

test.each([
  ['09:00', '10:00', '10:00', '11:00', false],
  ['09:00', '10:30', '10:00', '11:00', true],
  ['10:15', '10:45', '10:00', '11:00', true],
  ['11:00', '12:00', '10:00', '11:00', false],
  ['08:00', '12:00', '10:00', '11:00', true],
])('%s–%s against %s–%s overlaps: %s', (s1, e1, s2, e2, expected) => {
  const d = '2026-12-10T';
  expect(overlaps({ startsAt: at(`${d}${s1}:00Z`), endsAt: at(`${d}${e1}:00Z`) }, { startsAt: at(`${d}${s2}:00Z`), endsAt: at(`${d}${e2}:00Z`) })).toBe(expected);
});

test('conflicts: cancelled appointments free the slot, the appointment itself is ignored, the earliest is named', () => {
  const agenda = [
    entry(1, '2026-12-10T10:30:00Z', '2026-12-10T11:00:00Z', 'annule_beneficiaire'),
    entry(2, '2026-12-10T10:45:00Z', '2026-12-10T11:30:00Z'),
    entry(3, '2026-12-10T10:15:00Z', '2026-12-10T10:45:00Z', 'honore'),
  ];
  const slot = { startsAt: at('2026-12-10T10:00:00Z'), endsAt: at('2026-12-10T11:00:00Z') };
  expect(findConflict(slot, agenda)?.id).toBe(3);
  expect(findConflict(slot, agenda, 3)?.id).toBe(2);
  expect(findConflict(slot, agenda.slice(0, 1))).toBeNull();
  expect(conflictMessage({ startsAt: at('2026-12-10T13:30:00Z'), endsAt: at('2026-12-10T14:15:00Z'), collaboratorName: 'Claire ROUX', who: 'Élodie FAYOLLE' })).toBe(
    'Conflit d’agenda : Claire ROUX a déjà un rendez-vous avec Élodie FAYOLLE le 10/12/2026 à 14:30 jusqu’à 15:15. Enregistrer quand même ?',
  );
});

test.each([
  ['2026-12-25T10:00', 30, [/jour férié \(Noël\)/]],
  ['2027-05-06T10:00', 30, [/jour férié \(Ascension\)/]],
  ['2026-12-12T10:00', 30, [/week-end/]],
  ['2026-12-10T08:00', 30, [/heures d’ouverture/]],
  ['2026-12-10T17:30', 60, [/heures d’ouverture/]],
  ['2026-12-10T09:00', 60, []],
])('warnings for %s (%s min)', (start, duration, expected) => {
  const warnings = slotWarnings(start, duration);
  expect(warnings).toHaveLength(expected.length);
  expected.forEach((pattern, i) => expect(warnings[i]).toMatch(pattern));
});

test('holidays and weekdays whatever the machine zone', () => {
  expect(publicHolidayName('2026-07-14')).toBe('Fête Nationale');
  expect(publicHolidayName('2026-12-26')).toBeNull();
  expect(weekday('2026-12-02')).toBe(3);
});
