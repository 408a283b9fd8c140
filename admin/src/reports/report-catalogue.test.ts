import { REPORTS, reportQuery } from './report-catalogue';

const byName = (name: string) => REPORTS.find((r) => r.name === name)!;

test('a run sends only the parameters its report takes, when filled', () => {
  const values = { from: '2026-10-01', to: '2026-10-31', days: '30', structure: ' ', state: 'valide' };
  expect(reportQuery(byName('cer-by-state'), values)).toBe('from=2026-10-01&to=2026-10-31&state=valide');
  expect(reportQuery(byName('standbys-ending'), values)).toBe('days=30');
  expect(reportQuery(byName('caseload-exits'), values)).toBe('');
  expect(reportQuery(byName('caseload-exits'), { structure: 'DTAS-NORD' })).toBe('structure=DTAS-NORD');
});

test('every report of the server is listed once, with French headers', () => {
  const names = REPORTS.map((r) => r.name);
  expect(new Set(names).size).toBe(names.length);
  expect(names).toHaveLength(13);
  for (const report of REPORTS) expect(report.columns.length).toBeGreaterThan(2);
});
