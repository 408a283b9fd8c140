// The attendance screen of a collective appointment with a fake server: one line per participant,
// the choices présent / excusé / absent…, and the save sends { attendance: { <id>: value } } only.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, ResourceContextProvider, testDataProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { CollectiveAttendance, type Collective } from './CollectiveAttendance';

const RECORD: Collective = {
  id: 'k-1',
  start: '2027-01-19T14:00',
  end: '2027-01-19T16:00',
  typeLabel: 'Information collective',
  placeLabel: 'DTAS Centre – Privas',
  collaboratorName: 'Sophie VERNET',
  capacity: 8,
  participantCount: 2,
  participants: [
    { id: 11, beneficiary: 1, beneficiaryName: 'Élodie FAYOLLE', fileNumber: '044506', attendance: 'prevu' },
    { id: 12, beneficiary: 2, beneficiaryName: 'Louis CHABERT', fileNumber: '044507', attendance: 'prevu' },
  ],
};

test('one line per participant; saving sends the attendance of each, nothing else', async () => {
  const updates: unknown[] = [];
  const dataProvider = testDataProvider({
    getOne: (async () => ({ data: RECORD })) as never,
    update: (async (_r: string, params: { id: string; data: unknown }) => {
      updates.push(params.data);
      return { data: { ...RECORD } };
    }) as never,
  } as never);
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <ResourceContextProvider value="appointment-collectives">
        <CollectiveAttendance id="k-1" />
      </ResourceContextProvider>
    </AdminContext>,
  );
  // react-admin's Edit reads the id from the route; outside a router page it is given by props.
  await screen.findByText('Élodie FAYOLLE');
  screen.getByText(/Rendez-vous collectif du 19\/01\/2027 à 14:00 — Information collective, DTAS Centre – Privas \(2 inscrits, 8 places\)/);
  screen.getByText('Louis CHABERT');
  const selects = screen.getAllByRole('combobox', { name: /^Présence/ });
  expect(selects).toHaveLength(2);
  fireEvent.mouseDown(selects[0]);
  let listbox = await screen.findByRole('listbox');
  expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Non renseigné', 'Présent', 'Excusé', 'Absent', 'Désinscrit']);
  fireEvent.click(within(listbox).getByRole('option', { name: 'Présent' }));
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
  fireEvent.mouseDown(screen.getAllByRole('combobox', { name: /^Présence/ })[1]);
  listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: 'Absent' }));
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les présences' }));
  await waitFor(() => expect(updates).toEqual([{ attendance: { 11: 'present', 12: 'absent' } }]));
});
