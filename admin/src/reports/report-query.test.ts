import { reportExportQuery } from './report-query';

test('an export sends the filled parameters of the list, several values joined by commas', () => {
  expect(reportExportQuery({ from: '2026-10-01', to: '2026-10-31', state: ['valide', 'proposition'], structure: ' ', referent: 12, territory: null })).toBe(
    'from=2026-10-01&to=2026-10-31&state=valide%2Cproposition&referent=12',
  );
  expect(reportExportQuery({})).toBe('');
});
