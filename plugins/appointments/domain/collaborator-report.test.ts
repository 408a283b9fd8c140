import { APPOINTMENT_STATUSES } from '@rsa/vocabulary';
import { COLLABORATOR_REPORT_COLUMNS, collaboratorReportDescription, collaboratorReportRow, dueCount, noShowRate, realisationRate, statusCounts } from './collaborator-report';

const counts = (c: Partial<Record<string, number>>) => statusCounts(c);

// Réalisation rate = honoré ÷ (total − annulés); no-show rate = absences non justifiées ÷ the same.
test.each<[string, Partial<Record<string, number>>, number, number | null, number | null]>([
  ['nothing at all', {}, 0, null, null],
  ['all honoured', { honore: 4 }, 4, 100, 0],
  ['cancellations are not due', { honore: 1, annule_referent: 5, annule_beneficiaire: 2 }, 1, 100, 0],
  ['only cancelled: no rate, not 0 %', { annule_referent: 3 }, 0, null, null],
  ['absences count against', { honore: 2, absence_justifiee: 1, absence_non_justifiee: 1 }, 4, 50, 25],
  ['« prévu » not entered counts against', { honore: 1, prevu: 2 }, 3, 33.3, 0],
  ['rounded to one decimal', { honore: 2, absence_non_justifiee: 1 }, 3, 66.7, 33.3],
  ['everything', { prevu: 1, honore: 6, absence_justifiee: 1, absence_non_justifiee: 2, annule_referent: 4, annule_beneficiaire: 3 }, 10, 60, 20],
])('%s', (_label, c, due, rate, noShow) => {
  expect(dueCount(counts(c))).toBe(due);
  expect(realisationRate(counts(c))).toBe(rate);
  expect(noShowRate(counts(c))).toBe(noShow);
});

test('counts from SQL (strings, nulls, missing) become numbers for every status', () => {
  expect(statusCounts({ honore: '3', prevu: null, other: 9 })).toEqual({ prevu: 0, honore: 3, absence_justifiee: 0, absence_non_justifiee: 0, annule_referent: 0, annule_beneficiaire: 0 });
});

test('a row carries every status, the total, the due count and both rates', () => {
  const row = collaboratorReportRow({ login: 'svernet', name: 'Sophie VERNET', structure: 'DTAS Centre' }, counts({ honore: 3, annule_beneficiaire: 1, absence_non_justifiee: 1 }));
  expect(row).toEqual({
    id: 'svernet',
    collaborator: 'svernet',
    collaboratorName: 'Sophie VERNET',
    structure: 'DTAS Centre',
    prevu: 0,
    honore: 3,
    absence_justifiee: 0,
    absence_non_justifiee: 1,
    annule_referent: 0,
    annule_beneficiaire: 1,
    total: 5,
    due: 4,
    realisationRate: 75,
    noShowRate: 25,
  });
});

test('the description lists a column per status, in French, with the period and perimeter parameters', () => {
  const d = collaboratorReportDescription();
  expect(d.columns.map((c) => c.key)).toEqual(COLLABORATOR_REPORT_COLUMNS.map((c) => c.key));
  for (const s of APPOINTMENT_STATUSES) expect(d.columns.some((c) => c.key === s)).toBe(true);
  expect(d.columns.map((c) => c.header)).toContain('Taux de réalisation (%)');
  expect(d.params.map((p) => p.name)).toEqual(['from', 'to', 'structure', 'referent', 'territory']);
  // Any collaborator holding appointments may be picked, not only référents.
  expect(d.params.find((p) => p.name === 'referent')).toMatchObject({ label: 'Collaborateur', kind: 'collaborator' });
  expect(d.fileName).toMatch(/^[a-z-]+$/);
});
