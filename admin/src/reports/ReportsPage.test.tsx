// The report screen, built from the server's description of its reports: the real total and
// paging, pickers fed by the server for the structure and the référent, a row that opens the
// file, and nothing restated by the console (parameters and columns come from the catalogue).
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, TestMemoryRouter, testDataProvider, type GetListParams } from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import type { ReportDescription } from '@rsa/vocabulary';
import { i18nProvider } from '../i18n/i18n-provider';
import { ReportsPage } from './ReportsPage';

const EXITS: ReportDescription = {
  id: 'caseload-exits',
  title: 'Sorties de file active – structure',
  group: 'File active',
  fileName: 'sorties-de-file-active',
  params: [
    { name: 'structure', label: 'Structure', kind: 'structure' },
    { name: 'referent', label: 'Référent', kind: 'referent' },
  ],
  columns: [
    { key: 'referent', header: 'Référent' },
    { key: 'fileNumber', header: 'N° dossier' },
    { key: 'lastName', header: 'Nom' },
    { key: 'referentEnd', header: 'Fin d’affectation', type: 'date' },
  ],
};
const BY_COLLABORATOR: ReportDescription = {
  id: 'appointments-by-collaborator',
  title: 'Rendez-vous par collaborateur',
  group: 'Rendez-vous',
  fileName: 'rendez-vous-par-collaborateur',
  params: [{ name: 'referent', label: 'Collaborateur', kind: 'collaborator' }],
  columns: [{ key: 'collaboratorName', header: 'Collaborateur' }],
};
const RENEWAL: ReportDescription = {
  id: 'cer-renewal',
  title: 'CER à renouveler',
  group: 'CER',
  fileName: 'cer-a-renouveler',
  params: [{ name: 'days', label: 'Nombre de jours', kind: 'number', defaultValue: '30' }],
  columns: [{ key: 'lastName', header: 'Nom' }, { key: 'daysUntilRenewal', header: 'Jours avant échéance', type: 'number' }],
};

// 47 rows on the server, as in the issue: the screen must say 47 and page through them.
const ROWS = Array.from({ length: 47 }, (_, i) => ({
  id: 100 + i,
  beneficiary: 500 + i,
  referent: i % 2 ? 'Théo DIALLO' : 'Djilali TEYSSIER',
  fileNumber: String(44500 + i).padStart(6, '0'),
  lastName: `NOM${String(i).padStart(2, '0')}`,
  referentEnd: '2026-01-05',
}));
const REFERENTS = [
  { id: 3, login: 'djilali.teyssier34', name: 'Djilali TEYSSIER', structureCode: 'DTAS-NORD' },
  { id: 4, login: 'theo.diallo67', name: 'Théo DIALLO', structureCode: 'DTAS-NORD' },
];
const STRUCTURES = [{ id: 'DTAS-NORD', code: 'DTAS-NORD', name: 'DTAS Nord' }];

const renderReports = () => {
  const calls: Array<{ resource: string; params: GetListParams }> = [];
  const dataProvider = testDataProvider({
    getList: (async (resource: string, params: GetListParams) => {
      calls.push({ resource, params });
      if (resource === 'reports') return { data: [EXITS, RENEWAL, BY_COLLABORATOR], total: 3 };
      if (resource === 'users') return { data: REFERENTS, total: REFERENTS.length };
      if (resource === 'structures') return { data: STRUCTURES, total: 1 };
      const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
      const rows = params.filter.referent ? ROWS.filter((r) => r.referent === REFERENTS.find((u) => u.id === params.filter.referent)?.name) : ROWS;
      return { data: rows.slice((page - 1) * perPage, page * perPage), total: rows.length };
    }) as never,
    getMany: (async (resource: string, params: { ids: unknown[] }) => ({
      data: (resource === 'users' ? REFERENTS : STRUCTURES).filter((r) => params.ids.includes(r.id)),
    })) as never,
  });
  render(
    <TestMemoryRouter initialEntries={['/rapports']}>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        <Routes>
          <Route path="/rapports" element={<ReportsPage />} />
          <Route path="/beneficiaries/:id/show" element={<p>Dossier ouvert</p>} />
        </Routes>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return calls;
};

/** The report picker once the server's catalogue has arrived. */
const reportPicker = async () => {
  const picker = await screen.findByRole('combobox', { name: 'Rapport' });
  await waitFor(() => expect(picker.getAttribute('aria-disabled')).toBeNull());
  return picker;
};

const chooseReport = async (label: RegExp) => {
  fireEvent.mouseDown(await reportPicker());
  fireEvent.click(await screen.findByRole('option', { name: label }));
};

test('the reports offered are the server’s, with their parameters and columns', async () => {
  renderReports();
  fireEvent.mouseDown(await reportPicker());
  const options = await screen.findAllByRole('option');
  expect(options.map((o) => o.textContent)).toEqual(['File active : Sorties de file active – structure', 'CER : CER à renouveler', 'Rendez-vous : Rendez-vous par collaborateur']);
  fireEvent.click(options[1]);
  // The number parameter with the server's default; the columns' headers from the catalogue.
  expect(((await screen.findByLabelText('Nombre de jours')) as HTMLInputElement).value).toBe('30');
  for (const header of ['Nom', 'Jours avant échéance']) expect((await screen.findAllByText(header)).length).toBeGreaterThan(0);
});

test('the real total, not the page’s length, and the second page on request', async () => {
  const calls = renderReports();
  await chooseReport(/Sorties de file active/);
  expect((await screen.findByTestId('report-count')).textContent).toBe('47 lignes');
  const table = screen.getByRole('table', { name: 'Sorties de file active – structure' });
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(26));
  expect(within(table).getAllByText('05/01/2026')).toHaveLength(25);
  fireEvent.click(screen.getByRole('button', { name: 'Aller à la page 2' }));
  expect(await screen.findByText('NOM25', {}, { timeout: 5000 })).toBeTruthy();
  const page2 = screen.getByRole('table', { name: 'Sorties de file active – structure' });
  expect(within(page2).getAllByRole('row')).toHaveLength(23);
  expect(screen.getByTestId('report-count').textContent).toBe('47 lignes');
  const last = calls.filter((c) => c.resource === 'reports/caseload-exits').at(-1);
  expect(last?.params.pagination).toEqual({ page: 2, perPage: 25 });
});

test('the référent is picked from the server’s référents and sent as the report’s parameter', async () => {
  const calls = renderReports();
  await chooseReport(/Sorties de file active/);
  await screen.findByTestId('report-count');
  const picker = screen.getByRole('combobox', { name: 'Référent' });
  fireEvent.change(picker, { target: { value: 'Théo' } });
  fireEvent.click(await screen.findByRole('option', { name: /Théo DIALLO/ }));
  await waitFor(() => expect(screen.getByTestId('report-count').textContent).toBe('23 lignes'), { timeout: 5000 });
  expect(calls.some((c) => c.resource === 'reports/caseload-exits' && c.params.filter.referent === 4)).toBe(true);
  expect(calls.some((c) => c.resource === 'users' && JSON.stringify(c.params.filter.profile) === '["referent","referent_fse"]')).toBe(true);
  // The structure is a picker too, never a typed code.
  expect(screen.getByRole('combobox', { name: 'Structure' })).toBeTruthy();
});

test('a collaborator parameter offers every collaborator, not only référents', async () => {
  const calls = renderReports();
  await chooseReport(/Rendez-vous par collaborateur/);
  fireEvent.change(await screen.findByRole('combobox', { name: 'Collaborateur' }), { target: { value: 'Djilali' } });
  await screen.findByRole('option', { name: /Djilali TEYSSIER/ });
  const searches = calls.filter((c) => c.resource === 'users');
  expect(searches.length).toBeGreaterThan(0);
  expect(searches.every((c) => c.params.filter.profile === undefined)).toBe(true);
});

test('a row opens the beneficiary’s file', async () => {
  renderReports();
  await chooseReport(/Sorties de file active/);
  const table = await screen.findByRole('table', { name: 'Sorties de file active – structure' });
  fireEvent.click(await within(table).findByText('NOM03'));
  expect(await screen.findByText('Dossier ouvert')).toBeTruthy();
});
