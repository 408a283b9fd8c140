// The « Journal d'accès » page: French labels from the catalogue, dates and times in Paris, the
// filters sent to the server as the API names them, a file number that opens the file.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, ResourceContextProvider, TestMemoryRouter, testDataProvider, type GetListParams } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { AuditEntryList, defaultJournalFilter, type AuditEntry } from './AuditEntryList';

const ENTRIES: AuditEntry[] = [
  // 15:30 UTC in July is 17:30 in Paris; 23:30 UTC on 31/12 is already 01/01 in Paris.
  { id: 2, at: '2026-07-14T15:30:00.000Z', login: 'djilali.teyssier34', name: 'Djilali TEYSSIER', profile: 'referent', action: 'read:file', beneficiary: 7, fileNumber: '044506' },
  { id: 1, at: '2026-12-31T23:30:00.000Z', login: 'cadre.nord', name: 'Claire FAURE', profile: 'cadre', action: 'export:report:caseload-exits', beneficiary: null, fileNumber: null },
];

const renderJournal = () => {
  const calls: GetListParams[] = [];
  const dataProvider = testDataProvider({
    getList: (async (resource: string, params: GetListParams) => {
      if (resource === 'audit-entries') calls.push(params);
      const data = resource === 'users' ? [{ id: 3, login: 'djilali.teyssier34', name: 'Djilali TEYSSIER' }] : ENTRIES;
      return { data, total: data.length };
    }) as never,
    getMany: (async () => ({ data: [{ id: 3, login: 'djilali.teyssier34', name: 'Djilali TEYSSIER' }] })) as never,
  });
  render(
    <TestMemoryRouter initialEntries={['/audit-entries']}>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        <ResourceContextProvider value="audit-entries">
          <AuditEntryList />
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return calls;
};

test('rows in French: date and time in Paris, collaborator, profile, action, file link', async () => {
  renderJournal();
  const first = (await screen.findByText('14/07/2026 à 17:30')).closest('tr') as HTMLElement;
  expect(within(first).getByText('Djilali TEYSSIER (djilali.teyssier34)')).toBeTruthy();
  expect(within(first).getByText('Référent')).toBeTruthy();
  expect(within(first).getByText('Lecture – dossier (résumé)')).toBeTruthy();
  expect(within(first).getByRole('link', { name: '044506' }).getAttribute('href')).toBe('/beneficiaries/7/show');
  const second = screen.getByText('01/01/2027 à 00:30').closest('tr') as HTMLElement;
  expect(within(second).getByText('Export – rapport « caseload-exits »')).toBeTruthy();
  for (const header of ['Date et heure', 'Collaborateur', 'Profil', 'Action', 'N° dossier']) {
    expect(screen.getAllByText(header).length).toBeGreaterThan(0);
  }
});

test('the filters: a week back by default, then the action kind as the API names it', async () => {
  const calls = renderJournal();
  await waitFor(() => expect(calls.length).toBeGreaterThan(0));
  expect(calls[0].filter).toEqual(defaultJournalFilter());
  expect(calls[0].sort).toEqual({ field: 'at', order: 'DESC' });
  for (const label of ['Collaborateur', 'N° dossier', 'Action', 'Du', 'Au']) expect(screen.getAllByLabelText(label, { exact: false }).length).toBeGreaterThan(0);
  fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Action' }));
  fireEvent.click(await screen.findByRole('option', { name: 'Modification' }));
  await waitFor(() => expect(calls.some((c) => c.filter.action === 'change')).toBe(true));
  const fileNumber = screen.getByLabelText('N° dossier');
  fireEvent.change(fileNumber, { target: { value: '044506' } });
  await waitFor(() => expect(calls.some((c) => c.filter.fileNumber === '044506' && c.filter.action === 'change')).toBe(true), { timeout: 5000 });
});

test('defaultJournalFilter: seven days back from today in Paris', () => {
  expect(defaultJournalFilter('2026-12-02')).toEqual({ from: '2026-11-25' });
  expect(defaultJournalFilter('2026-03-03')).toEqual({ from: '2026-02-24' });
});
