// The reminder rule with an injected clock (FEATURES A3): exactly once, moved, cancelled, < 48 h,
// invalid number, missed run, after the start, two instances.
import { checkReminderRequest, decideReminder, nameLastFirst, reminderKey, reminderText, type ReminderCandidate } from './reminders';

const H = 3_600_000;
const START = new Date('2026-12-10T13:30:00Z'); // 14:30 in Paris
const base: ReminderCandidate = {
  id: 7,
  startLocal: '2026-12-10T14:30',
  startsAt: START,
  scheduledAt: new Date(START.getTime() - 10 * 24 * H),
  status: 'prevu',
  smsReminder: true,
  phone: '06 12 34 56 78',
  collaboratorName: 'Claire ROUX',
  place: 'DTAS Centre – Privas',
};
const at = (hoursBeforeStart: number) => new Date(START.getTime() - hoursBeforeStart * H);
const TEXT = 'Rappel: vous avez RDV pour votre dossier RSA le 10/12/26 à 14:30 avec M/Mme ROUX Claire. Le RDV aura lieu à : DTAS Centre – Privas.';

test.each<[string, Partial<ReminderCandidate>, number, string[], boolean | string]>([
  ['due at 48 h', {}, 48, [], true],
  ['not yet due at 49 h', {}, 49, [], 'not_due'],
  ['missed run: caught up 3 h before', {}, 3, [], true],
  ['never after the start', {}, 0, [], 'started'],
  ['never after the start (1 min late)', {}, -1 / 60, [], 'started'],
  ['exactly once: already claimed', {}, 40, ['7@2026-12-10T14:30'], 'already_sent'],
  ['cancelled by the beneficiary', { status: 'annule_beneficiaire' }, 40, [], 'not_planned'],
  ['cancelled by the référent', { status: 'annule_referent' }, 40, [], 'not_planned'],
  ['not requested', { smsReminder: false }, 40, [], 'not_requested'],
  ['booked < 48 h ahead', { scheduledAt: at(47) }, 40, [], 'short_notice'],
  ['moved to < 48 h ahead', { scheduledAt: at(30) }, 20, [], 'short_notice'],
  ['landline', { phone: '04 75 12 34 56' }, 40, [], 'no_mobile'],
  ['invalid number', { phone: '06 12' }, 40, [], 'no_mobile'],
  ['no number', { phone: null }, 40, [], 'no_mobile'],
  ['foreign mobile', { phone: '+44 7911 123456' }, 40, [], 'no_mobile'],
  ['international French mobile', { phone: '+33 6 98 76 54 32' }, 40, [], true],
])('%s', (_name, change, hoursBefore, claimed, expected) => {
  const decision = decideReminder({ ...base, ...change }, at(hoursBefore), new Set(claimed));
  if (expected === true) {
    expect(decision).toMatchObject({ send: true, key: reminderKey({ ...base, ...change }) });
  } else {
    expect(decision).toEqual({ send: false, reason: expected });
  }
});

test('moved: the old key does not stop the reminder of the new time, which says the new time', () => {
  const moved = { ...base, startLocal: '2026-12-11T09:00', startsAt: new Date('2026-12-11T08:00:00Z'), scheduledAt: at(100) };
  const decision = decideReminder(moved, new Date('2026-12-10T09:00:00Z'), new Set(['7@2026-12-10T14:30']));
  expect(decision).toMatchObject({ send: true, key: '7@2026-12-11T09:00', text: expect.stringContaining('le 11/12/26 à 09:00') });
});

test('two instances deciding at once both say "send" with the same key: the claim (unique key) is what keeps it to one', () => {
  const a = decideReminder(base, at(40), new Set());
  const b = decideReminder(base, at(40), new Set());
  expect(a.send && b.send && a.key === b.key).toBe(true);
});

test('the text of FEATURES A3, exactly', () => {
  expect(reminderText(base)).toBe(TEXT);
  expect(decideReminder(base, at(48), new Set())).toEqual({ send: true, key: '7@2026-12-10T14:30', to: '+33612345678', text: TEXT });
});

test.each([
  ['Claire ROUX', 'ROUX Claire'],
  ['Jean-Marc DE LA TOUR', 'DE LA TOUR Jean-Marc'],
  ['ROUX', 'ROUX'],
  ['claire roux', 'claire roux'],
])('name %s → %s', (name, expected) => expect(nameLastFirst(name)).toBe(expected));

test.each([
  [72, '06 12 34 56 78', true],
  [48, '06 12 34 56 78', false],
  [72, '04 75 00 00 00', false],
  [72, null, false],
])('booking a reminder %s h ahead for %s → %s', (hours, phone, ok) => {
  expect(checkReminderRequest(START, phone, at(hours)).ok).toBe(ok);
});
