// « Alertes » (R1): each alert with its count, the remembered filter changed from the page (and
// every count fetched again), a star that places the alert on the home page, a row that opens
// the alert's list whose rows open the file.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, Resource, TestMemoryRouter, testDataProvider, type GetListParams } from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { i18nProvider } from '../i18n/i18n-provider';
import alerts from './index';

const ALERTS = [
  { id: 'missing-characteristics', title: 'Caractéristiques requises manquantes', count: 21, situation: 'file_active', columns: [{ key: 'lastName', header: 'Nom' }, { key: 'missing', header: 'Caractéristiques manquantes' }] },
  { id: 'assigned-notes', title: 'Notes qui me sont attribuées', count: 1, situation: null, columns: [{ key: 'lastName', header: 'Nom' }, { key: 'createdAt', header: 'Écrite le', type: 'date' }] },
];

const renderAlerts = (path = '/alerts') => {
  const lists: Array<{ resource: string; params: GetListParams }> = [];
  const filters: unknown[] = [];
  const widgets: string[][] = [];
  let situation = 'file_active';
  const dataProvider = testDataProvider({
    getList: (async (resource: string, params: GetListParams) => {
      lists.push({ resource, params });
      if (resource === 'alerts') return { data: ALERTS.map((a) => ({ ...a, count: situation === 'tous' ? a.count + 10 : a.count })), total: ALERTS.length };
      return { data: [{ id: 7, beneficiary: 44, lastName: 'MARTIN', createdAt: '2026-11-30' }], total: 1 };
    }) as never,
    alertFilter: async () => ({ programme: 'accompagnement_rsa', situation }),
    setAlertFilter: async (f: { situation: string }) => {
      filters.push(f);
      situation = f.situation;
      return f;
    },
    homeWidgets: async () => ({ widgets: ['caseload'], arranged: true }),
    setHomeWidgets: async (w: string[]) => {
      widgets.push(w);
      return { widgets: w, arranged: true };
    },
  } as never);
  render(
    <TestMemoryRouter initialEntries={[path]}>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        <Routes>
          <Route path="/alerts/*" element={<Resource name="alerts" {...alerts} />} />
          <Route path="/beneficiaries/:id/show" element={<p>Dossier ouvert</p>} />
        </Routes>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { lists, filters, widgets };
};

test('the alerts with their counts; the filter remembered and applied at once', async () => {
  const { filters } = renderAlerts();
  const row = (await screen.findByText('Caractéristiques requises manquantes')).closest('tr') as HTMLElement;
  expect(within(row).getByText('21')).toBeTruthy();
  fireEvent.mouseDown(screen.getByRole('combobox', { name: /Situation/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Tous' }));
  await waitFor(() => expect(filters).toEqual([{ programme: 'accompagnement_rsa', situation: 'tous' }]));
  // Every count is computed again under the new filter.
  expect(await screen.findByText('31')).toBeTruthy();
});

test('the star places the alert on the home page', async () => {
  const { widgets } = renderAlerts();
  await userEvent.click(await screen.findByRole('button', { name: 'Ajouter « Notes qui me sont attribuées » à ma page d’accueil' }));
  await waitFor(() => expect(widgets).toEqual([['caseload', 'alert:assigned-notes']]));
  expect((await screen.findByRole('button', { name: 'Retirer « Notes qui me sont attribuées » de ma page d’accueil' })).getAttribute('aria-pressed')).toBe('true');
});

test('a row opens the alert’s list, whose rows open the file', async () => {
  const { lists } = renderAlerts();
  await userEvent.click(await screen.findByText('Notes qui me sont attribuées'));
  expect(await screen.findByRole('heading', { level: 1, name: 'Notes qui me sont attribuées' })).toBeTruthy();
  const row = (await screen.findByText('MARTIN')).closest('tr') as HTMLElement;
  expect(within(row).getByText('30/11/2026')).toBeTruthy();
  expect(lists.some((l) => l.resource === 'alert-rows/assigned-notes')).toBe(true);
  // Notes follow no situation: no filter on this alert.
  expect(screen.queryByRole('combobox', { name: /Situation/ })).toBeNull();
  await userEvent.click(row);
  expect(await screen.findByText('Dossier ouvert')).toBeTruthy();
});
