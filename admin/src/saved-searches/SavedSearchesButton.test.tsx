// The saved-search dialogs of the beneficiary list: the current criteria saved under a name (the
// server's refusal shown on the name field), then listed with their criteria in French, reapplied,
// renamed and deleted; the history reapplies a recent search.
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, HttpError, ResourceContextProvider, TestMemoryRouter, testDataProvider, type GetListParams } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { BeneficiaryList } from '../beneficiaries/BeneficiaryList';

// A loaded 2-core CI machine renders MUI slowly: wait generously, never a fixed sleep.
configure({ asyncUtilTimeout: 15_000 });

const SAVED = [
  { id: 5, name: 'Veilles du Nord', filter: { state: 'veille', territory: 'NORD' }, createdAt: '2026-11-30T10:00:00.000Z' },
  // The offers module's facets store ids: the dialog names them.
  { id: 6, name: 'Ateliers CV', filter: { prescripteurId: 9, etapeOffer: 3 }, createdAt: '2026-11-29T10:00:00.000Z' },
];
const NAMED: Record<string, Array<Record<string, unknown>>> = {
  users: [{ id: 9, name: 'Djilali TEYSSIER', structureName: 'DTAS Nord', structureCode: 'DTAS-NORD' }],
  offers: [{ id: 3, title: 'Atelier CV', operatorName: 'CEFORA' }],
};
const HISTORY = [{ id: 9, filter: { q: 'soubeyrand' }, searchedAt: '2026-12-01T08:15:00.000Z' }];

const setup = (initialFilter: Record<string, unknown>) => {
  const calls: GetListParams[] = [];
  const created: unknown[] = [];
  const updated: unknown[] = [];
  const deleted: unknown[] = [];
  const dataProvider = testDataProvider({
    getList: (async (resource: string, params: GetListParams) => {
      if (resource === 'beneficiaries') {
        calls.push(params);
        return { data: [{ id: 7, fileNumber: '044506', lastName: 'SOUBEYRAND', firstName: 'Anaïs', birthName: null, birthDate: null, state: 'veille', currentReferent: null, updatedFromGenesisOn: null }], total: 1 };
      }
      if (resource === 'saved-searches') return { data: SAVED, total: SAVED.length };
      if (resource === 'search-history') return { data: HISTORY, total: HISTORY.length };
      return { data: [], total: 0 };
    }) as never,
    getMany: (async (resource: string, params: { ids: number[] }) => ({ data: (NAMED[resource] ?? []).filter((r) => params.ids.includes(r.id as number)) })) as never,
    create: (async (_resource: string, params: { data: { name: string } }) => {
      if (params.data.name === 'Doublon') throw new HttpError('Vous avez déjà une recherche enregistrée nommée « Doublon ».', 409, {});
      created.push(params.data);
      return { data: { id: 6, ...params.data } };
    }) as never,
    update: (async (_resource: string, params: { id: number; data: unknown }) => {
      updated.push([params.id, params.data]);
      return { data: { ...SAVED[0], ...(params.data as object) } };
    }) as never,
    delete: (async (_resource: string, params: { id: number }) => {
      deleted.push(params.id);
      return { data: SAVED[0] };
    }) as never,
  });
  render(
    <TestMemoryRouter initialEntries={[`/beneficiaries?filter=${encodeURIComponent(JSON.stringify(initialFilter))}`]}>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        <ResourceContextProvider value="beneficiaries">
          <BeneficiaryList />
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { calls, created, updated, deleted };
};

test('saves the current criteria under a name; a name taken is said on the field', async () => {
  const { created } = setup({ state: 'entree', characteristic: [{ family: 'Situation RSA', name: 'Etat du droit', value: '5' }] });
  await screen.findByText('SOUBEYRAND');
  fireEvent.click(screen.getByRole('button', { name: 'Enregistrer la recherche…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Enregistrer la recherche' });
  const name = within(dialog).getByRole('textbox', { name: /Nom de la recherche/ });
  fireEvent.change(name, { target: { value: 'Doublon' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
  await within(dialog).findByText('Vous avez déjà une recherche enregistrée nommée « Doublon ».');
  fireEvent.change(name, { target: { value: 'Droits clos en entrée' } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
  await waitFor(() => expect(created).toEqual([{ name: 'Droits clos en entrée', filter: { state: 'entree', characteristic: [{ family: 'Situation RSA', name: 'Etat du droit', value: '5' }] } }]));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
});

test('nothing to save without criteria', async () => {
  setup({});
  await screen.findByText('SOUBEYRAND');
  expect((screen.getByRole('button', { name: 'Enregistrer la recherche…' }) as HTMLButtonElement).disabled).toBe(true);
});

test('lists saved searches and history in French; reapplies, renames and deletes', async () => {
  const { calls, updated, deleted } = setup({ q: 'martin' });
  await screen.findByText('SOUBEYRAND');
  fireEvent.click(screen.getByRole('button', { name: 'Recherches' }));
  let dialog = await screen.findByRole('dialog', { name: 'Recherches' });
  await within(dialog).findByText('État : Veille · Territoire : NORD');
  await within(dialog).findByText('Texte : soubeyrand');
  await within(dialog).findByText('Prescripteur : Djilali TEYSSIER – DTAS Nord · Étape en cours : « Atelier CV – CEFORA »');
  expect(within(dialog).getByText('01/12/2026 à 09:15')).toBeTruthy();

  fireEvent.click(within(dialog).getByRole('button', { name: /^Veilles du Nord/ }));
  await waitFor(() => expect(calls.some((c) => c.filter.state === 'veille' && c.filter.territory === 'NORD' && c.filter.q === undefined)).toBe(true));

  // The dialog closes with a transition: the button is hidden behind it until it has gone.
  fireEvent.click(await screen.findByRole('button', { name: 'Recherches' }, { timeout: 5000 }));
  dialog = await screen.findByRole('dialog', { name: 'Recherches' });
  fireEvent.click(await within(dialog).findByRole('button', { name: 'Renommer « Veilles du Nord »' }));
  const rename = await screen.findByRole('dialog', { name: 'Renommer la recherche' });
  const name = within(rename).getByRole('textbox', { name: /Nom de la recherche/ }) as HTMLInputElement;
  expect(name.value).toBe('Veilles du Nord');
  fireEvent.change(name, { target: { value: 'Veilles Nord' } });
  fireEvent.click(within(rename).getByRole('button', { name: 'Enregistrer' }));
  await waitFor(() => expect(updated).toEqual([[5, { name: 'Veilles Nord' }]]));

  fireEvent.click(await within(dialog).findByRole('button', { name: /^Supprimer « Veilles/ }));
  await waitFor(() => expect(deleted).toEqual([5]));
});
