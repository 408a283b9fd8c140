// A saved selection registered to an event person by person: the dialog sends the selection's id
// and the chosen event, then lists each person's result with the server's French reason.
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, testDataProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { RegisterSelectionButton } from './SelectionOfferActions';

const EVENT = { id: 3, title: 'Forum de l’emploi', type: 'forum_emploi', typeLabel: 'Forum emploi', date: '2027-02-15', place: null, commune: null, operatorName: null, capacity: 1, registered: 0, placesLeft: 1, active: true, description: null };

test('per-person results: registered, or refused with the reason', async () => {
  const calls: unknown[] = [];
  const dataProvider = {
    ...testDataProvider({ getList: (async () => ({ data: [EVENT], total: 1 })) as never }),
    registerSelectionToEvent: async (event: number, selection: number) => {
      calls.push({ event, selection });
      return {
        results: [
          { beneficiary: 1, beneficiaryName: 'SOUBEYRAND Anaïs', ok: true, message: null },
          { beneficiary: 2, beneficiaryName: 'MARTIN Paul', ok: false, message: 'L’événement « Forum de l’emploi » est complet (1 place).' },
        ],
      };
    },
  };
  render(
    <AdminContext dataProvider={dataProvider as never} i18nProvider={i18nProvider}>
      <RegisterSelectionButton selection={9} />
    </AdminContext>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Inscrire la sélection à un événement' }));
  const dialog = await screen.findByRole('dialog', { name: 'Inscrire la sélection à un événement' });
  fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: /Événement/ }));
  fireEvent.click(await screen.findByRole('option', { name: '15/02/2027 — Forum de l’emploi (Forum emploi, 1 place restante)' }));
  fireEvent.click(within(dialog).getByRole('button', { name: 'Inscrire' }));
  await waitFor(() => expect(calls).toEqual([{ event: 3, selection: 9 }]));
  expect(await within(dialog).findByRole('status')).toHaveProperty('textContent', '1 accepté(s), 1 refusé(s)');
  const results = within(dialog).getByRole('list', { name: 'Résultat par personne' });
  expect(within(results).getByText('SOUBEYRAND Anaïs : accepté')).toBeTruthy();
  expect(within(results).getByText('MARTIN Paul : refusé')).toBeTruthy();
  expect(within(results).getByText('L’événement « Forum de l’emploi » est complet (1 place).')).toBeTruthy();
  expect(within(dialog).getByRole('button', { name: 'Fermer' })).toBeTruthy();
});
