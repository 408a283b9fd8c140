// The buttons of a positionnement follow the moves the server lists (`transitions`); refusing
// needs a motif; ending needs a date and a reason of the configured list, sent as the API names
// them.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, testDataProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { EnrolmentActions } from './EnrolmentActions';
import type { Enrolment } from './offer.type';

const base: Enrolment = {
  id: 5, beneficiary: 7, beneficiaryName: 'SOUBEYRAND Anaïs', fileNumber: '044506', offer: 1, offerTitle: 'Atelier CV', session: null,
  state: 'positionne', stateLabel: 'Positionné', plannedStart: '2027-02-01', plannedEnd: '2027-03-31', realStart: null, realEnd: null,
  endReason: null, comment: null, attendanceHours: null, createdByName: 'Djilali TEYSSIER', collaboratorName: null, transitions: [],
};

const renderActions = (enrolment: Enrolment) => {
  const moves: unknown[] = [];
  const dataProvider = {
    ...testDataProvider({
      getList: (async (resource: string) =>
        resource === 'operator-colleagues'
          ? { data: [{ id: 'operateur.cefora', name: 'Odile PERRIN' }, { id: 'collegue.cefora', name: 'Cyril ROCHE' }], total: 2 }
          : { data: [{ id: 1, list: 'step_end_reason', code: 'etape_realisee', label: 'Étape réalisée' }], total: 1 }) as never,
    }),
    moveEnrolment: async (id: number, input: unknown) => {
      moves.push({ id, input });
      return {};
    },
    setAttendance: async () => ({}),
  };
  render(
    <AdminContext dataProvider={dataProvider as never} i18nProvider={i18nProvider}>
      <EnrolmentActions enrolment={enrolment} />
    </AdminContext>,
  );
  return moves;
};

test('no move allowed: no button (a référent on a positionnement waiting for the operator)', () => {
  renderActions(base);
  expect(screen.queryAllByRole('button')).toEqual([]);
});

test('the operator: accept or refuse; a refusal needs its motif', async () => {
  const moves = renderActions({ ...base, transitions: ['etape', 'refuse'] });
  expect(screen.getByRole('button', { name: 'Accepter : SOUBEYRAND Anaïs — Atelier CV' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Refuser : SOUBEYRAND Anaïs — Atelier CV' }));
  const dialog = await screen.findByRole('dialog', { name: 'Refuser le positionnement' });
  const submit = within(dialog).getByRole('button', { name: 'Refuser' }) as HTMLButtonElement;
  expect(submit.disabled).toBe(true);
  fireEvent.change(within(dialog).getByLabelText(/Motif du refus/), { target: { value: 'Prérequis absents' } });
  expect(submit.disabled).toBe(false);
  fireEvent.click(submit);
  await waitFor(() => expect(moves).toEqual([{ id: 5, input: { to: 'refuse', comment: 'Prérequis absents' } }]));
});

test('an étape: end with a date and a reason of the list; attendance', async () => {
  const moves = renderActions({ ...base, state: 'etape', stateLabel: 'En étape', realStart: '2027-02-01', transitions: ['termine'] });
  expect(screen.getByRole('button', { name: 'Présences : SOUBEYRAND Anaïs — Atelier CV' })).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Terminer : SOUBEYRAND Anaïs — Atelier CV' }));
  const dialog = await screen.findByRole('dialog', { name: 'Terminer l’étape' });
  fireEvent.change(within(dialog).getByLabelText(/Fin réelle/), { target: { value: '2027-03-15' } });
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Motif de fin d’étape/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Étape réalisée' }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Terminer' }));
  await waitFor(() => expect(moves).toEqual([{ id: 5, input: { to: 'termine', realEnd: '2027-03-15', endReason: 'etape_realisee' } }]));
});

test('the operator accepts and names the colleague who follows the étape (référent d’étape)', async () => {
  const moves = renderActions({ ...base, transitions: ['etape', 'refuse'] });
  fireEvent.click(screen.getByRole('button', { name: 'Accepter : SOUBEYRAND Anaïs — Atelier CV' }));
  const dialog = await screen.findByRole('dialog', { name: 'Accepter le positionnement (début de l’étape)' });
  fireEvent.mouseDown(await within(dialog).findByRole('combobox', { name: /Collaborateur qui suit l’étape/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Cyril ROCHE' }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Accepter' }));
  await waitFor(() => expect(moves).toEqual([{ id: 5, input: { to: 'etape', realStart: '2027-02-01', collaborator: 'collegue.cefora' } }]));
});
