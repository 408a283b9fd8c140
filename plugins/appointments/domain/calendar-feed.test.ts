import { eventUid, feedEvents, feedWindow, initials, inFeed, type FeedAppointment } from './calendar-feed';

const a = (id: number, status: FeedAppointment['status'], sequence = 0): FeedAppointment => ({
  id, status, sequence, startsAt: new Date('2026-12-10T13:30:00Z'), endsAt: new Date('2026-12-10T14:15:00Z'),
  type: 'Entretien individuel référent', theme: 'Suivi de parcours', place: 'CMS Le Cheylard', firstName: 'élodie', lastName: 'Fayolle', fileNumber: '044506',
});

test('window: today −10 to +90 days', () => expect(feedWindow('2026-12-02')).toEqual({ from: '2026-11-22', to: '2027-03-02' }));

test.each([
  ['prevu', true], ['honore', true], ['absence_justifiee', false], ['absence_non_justifiee', false], ['annule_referent', false], ['annule_beneficiaire', false],
] as const)('%s in the feed: %s', (status, expected) => expect(inFeed(status)).toBe(expected));

test('events: stable UID, sequence, place, initials and file number only', () => {
  const events = feedEvents([a(1, 'prevu', 3), a(2, 'annule_referent')]);
  expect(events).toEqual([
    { uid: eventUid(1), sequence: 3, start: new Date('2026-12-10T13:30:00Z'), end: new Date('2026-12-10T14:15:00Z'), summary: 'RDV RSA É. F. – dossier 044506', location: 'CMS Le Cheylard', description: 'Entretien individuel référent – Suivi de parcours' },
  ]);
  expect(initials(null, 'Fayolle')).toBe('F.');
});
