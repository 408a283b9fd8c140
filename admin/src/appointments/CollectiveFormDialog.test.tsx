// The collective appointment form with a fake server: the saved selection and the collaborator are
// picked from the server's lists, type / theme / place from the CMS lists; the request carries the
// selection's id, the Paris start, the duration and the capacity; a 409 conflict is shown and
// « Enregistrer quand même » sends it again with allowOverlap, then the attendance screen opens.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, HttpError, testDataProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { CollectiveFormDialog } from './CollectiveFormDialog';

const LISTS: Record<string, { id: number; list: string; code: string; label: string }[]> = {
  appointment_type: [{ id: 1, list: 'appointment_type', code: 'info_coll', label: 'Information collective' }],
  appointment_theme: [{ id: 3, list: 'appointment_theme', code: 'suivi', label: 'Suivi de parcours' }],
  place: [{ id: 4, list: 'place', code: 'privas', label: 'DTAS Centre – Privas' }],
};
const SELECTIONS = [
  { id: 7, name: 'Nouveaux entrants janvier' },
  { id: 8, name: 'Sans CER' },
];
const AGENDAS = [
  { id: 'claire.roux', login: 'claire.roux', name: 'Claire ROUX' },
  { id: 'paul.blanc', login: 'paul.blanc', name: 'Paul BLANC' },
];

const setup = (createAnswer: (data: Record<string, unknown>) => Promise<{ data: Record<string, unknown> }>) => {
  const creates: Array<[string, Record<string, unknown>]> = [];
  const byResource = (resource: string, filter: { list?: string }) =>
    resource === 'reference-items' ? (LISTS[filter.list ?? ''] ?? []) : resource === 'file-selections' ? SELECTIONS : resource === 'appointment-agendas' ? AGENDAS : [];
  const dataProvider = testDataProvider({
    getList: (async (resource: string, params: { filter: { list?: string } }) => {
      const data = byResource(resource, params.filter ?? {});
      return { data, total: data.length };
    }) as never,
    getMany: (async (resource: string, params: { ids: unknown[] }) => ({ data: byResource(resource, {}).filter((r) => params.ids.includes(r.id)) })) as never,
    create: (async (resource: string, params: { data: Record<string, unknown> }) => {
      creates.push([resource, params.data]);
      return createAnswer(params.data);
    }) as never,
  } as never);
  const onClose = jest.fn();
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <CollectiveFormDialog open onClose={onClose} defaults={{ date: '2027-01-19', time: '14:00' }} />
    </AdminContext>,
  );
  return { creates, onClose };
};

const dialog = () => screen.getByRole('dialog', { name: 'Rendez-vous collectif' });

const pick = async (label: RegExp, option: string) => {
  const input = within(dialog()).getByRole('combobox', { name: label });
  fireEvent.mouseDown(input);
  // The autocomplete lists the server's records once opened (a select needs no typing).
  if (input.tagName === 'INPUT') fireEvent.change(input, { target: { value: option.slice(0, 3) } });
  fireEvent.click(await screen.findByRole('option', { name: option }));
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
};

const fill = async () => {
  await screen.findByRole('dialog', { name: 'Rendez-vous collectif' });
  await pick(/^Sélection de dossiers/, 'Nouveaux entrants janvier');
  await pick(/^Collaborateur/, 'Paul BLANC');
  fireEvent.change(within(dialog()).getByLabelText(/^Capacité \(places\)/), { target: { value: '8' } });
  fireEvent.change(within(dialog()).getByLabelText(/^Durée \(minutes\)/), { target: { value: '90' } });
  await pick(/^Type d’entretien/, 'Information collective');
  await pick(/^Thème/, 'Suivi de parcours');
  await pick(/^Lieu/, 'DTAS Centre – Privas');
};

test('sends the selection, the slot, the capacity and the lists’ codes; a conflict can be saved anyway', async () => {
  const { creates, onClose } = setup(async (data) => {
    if (!data.allowOverlap) throw new HttpError('Conflit d’agenda : Paul BLANC a déjà un rendez-vous le 19/01/2027 à 14:30.', 409);
    return { data: { id: 'k-1', participantCount: 5 } };
  });
  await fill();
  fireEvent.click(within(dialog()).getByRole('button', { name: 'Convoquer la sélection' }));
  const conflict = await screen.findByRole('dialog', { name: 'Conflit d’agenda' });
  within(conflict).getByText(/Paul BLANC a déjà un rendez-vous le 19\/01\/2027 à 14:30/);
  expect(creates).toEqual([
    [
      'appointment-collectives',
      { selection: 7, collaborator: 'paul.blanc', type: 'info_coll', theme: 'suivi', place: 'privas', start: '2027-01-19T14:00', duration: 90, capacity: 8, allowOverlap: false },
    ],
  ]);
  expect(onClose).not.toHaveBeenCalled();
  fireEvent.click(within(conflict).getByRole('button', { name: 'Enregistrer quand même' }));
  await waitFor(() => expect(onClose).toHaveBeenCalled());
  expect(creates).toHaveLength(2);
  expect(creates[1][1]).toMatchObject({ selection: 7, capacity: 8, allowOverlap: true });
});

test('required fields: nothing is sent while the selection and the lists are empty', async () => {
  const { creates } = setup(async () => ({ data: { id: 'k-2' } }));
  await screen.findByRole('dialog', { name: 'Rendez-vous collectif' });
  fireEvent.click(within(dialog()).getByRole('button', { name: 'Convoquer la sélection' }));
  await waitFor(() => expect(within(dialog()).getAllByText('Ce champ est requis').length).toBeGreaterThanOrEqual(4));
  expect(creates).toEqual([]);
});
