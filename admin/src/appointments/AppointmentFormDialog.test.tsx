// The appointment form with a fake server: type, theme and place offer the CMS lists the server
// gives (each asked with its list code), and the server's 409 conflict is shown with
// « Enregistrer quand même », which sends the same appointment again with allowOverlap.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, HttpError, testDataProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { AppointmentFormDialog } from './AppointmentFormDialog';

const LISTS: Record<string, { id: number; list: string; code: string; label: string }[]> = {
  appointment_type: [
    { id: 1, list: 'appointment_type', code: 'individuel', label: 'Entretien individuel référent' },
    { id: 2, list: 'appointment_type', code: 'telephone', label: 'Entretien téléphonique' },
  ],
  appointment_theme: [{ id: 3, list: 'appointment_theme', code: 'suivi', label: 'Suivi de parcours' }],
  place: [{ id: 4, list: 'place', code: 'annonay', label: 'DTAS Nord – Annonay' }],
};

const setup = () => {
  const listFilters: unknown[] = [];
  const creates: Record<string, unknown>[] = [];
  const dataProvider = testDataProvider({
    getList: (async (resource: string, params: { filter: { list?: string } }) => {
      if (resource !== 'reference-items') return { data: [], total: 0 };
      listFilters.push(params.filter);
      const data = LISTS[params.filter.list ?? ''];
      if (!data) throw new HttpError('Liste de référence inconnue : (vide).', 400);
      return { data, total: data.length };
    }) as never,
    getMany: (async (resource: string) => {
      if (resource === 'appointment-agendas') return { data: [{ id: 'claire.roux', login: 'claire.roux', name: 'Claire ROUX' }] };
      throw new HttpError('Liste de référence inconnue : (vide).', 400);
    }) as never,
    create: (async (_resource: string, params: { data: Record<string, unknown> }) => {
      creates.push(params.data);
      if (!params.data.allowOverlap) {
        throw new HttpError('Claire ROUX a déjà un rendez-vous avec Anaïs SOUBEYRAND le 02/03/2027 à 10:45.', 409);
      }
      return { data: { id: 42, ...params.data } };
    }) as never,
  } as never);
  const onSaved = jest.fn();
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <AppointmentFormDialog
        open
        fixedBeneficiary
        draft={{ date: '2027-03-02', time: '10:00', duration: 45, beneficiary: 3, collaborator: 'claire.roux' }}
        onClose={() => undefined}
        onSaved={onSaved}
      />
    </AdminContext>,
  );
  return { listFilters, creates, onSaved };
};

const choose = async (label: RegExp, option: string) => {
  const dialog = screen.getByRole('dialog', { name: 'Nouveau rendez-vous' });
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: label }));
  const listbox = await screen.findByRole('listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: option }));
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
};

test('the three pickers offer the server’s items and a conflict can be saved anyway', async () => {
  const { listFilters, creates, onSaved } = setup();
  await screen.findByRole('dialog', { name: 'Nouveau rendez-vous' });
  await waitFor(() =>
    expect(listFilters).toEqual(expect.arrayContaining([{ list: 'appointment_type' }, { list: 'appointment_theme' }, { list: 'place' }])),
  );

  const dialog = screen.getByRole('dialog', { name: 'Nouveau rendez-vous' });
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /^Type d’entretien/ }));
  const types = await screen.findByRole('listbox');
  expect(within(types).getAllByRole('option').map((o) => o.textContent)).toEqual(
    expect.arrayContaining(['Entretien individuel référent', 'Entretien téléphonique']),
  );
  fireEvent.click(within(types).getByRole('option', { name: 'Entretien téléphonique' }));
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
  await choose(/^Thème/, 'Suivi de parcours');
  await choose(/^Lieu/, 'DTAS Nord – Annonay');
  expect(screen.queryByText(/Liste de référence inconnue/)).toBeNull();

  fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer le rendez-vous' }));
  const conflict = await screen.findByRole('dialog', { name: 'Conflit d’agenda' });
  within(conflict).getByText(/déjà un rendez-vous avec Anaïs SOUBEYRAND le 02\/03\/2027 à 10:45/);
  expect(creates).toHaveLength(1);
  expect(creates[0]).toMatchObject({
    beneficiary: 3,
    collaborator: 'claire.roux',
    type: 'telephone',
    theme: 'suivi',
    place: 'annonay',
    start: '2027-03-02T10:00',
    duration: 45,
    allowOverlap: false,
  });

  fireEvent.click(within(conflict).getByRole('button', { name: 'Enregistrer quand même' }));
  await waitFor(() => expect(onSaved).toHaveBeenCalledWith(42));
  expect(creates).toHaveLength(2);
  expect(creates[1]).toMatchObject({ type: 'telephone', theme: 'suivi', place: 'annonay', allowOverlap: true });
});
