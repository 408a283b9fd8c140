// The facets form of the beneficiary list: facets are added from « Ajouter un filtre », fed by the
// server (référents by name, the CMS catalogue's characteristics with their list values, annex
// data of the reference lists), and reach the list query as the server's criteria.
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, ResourceContextProvider, TestMemoryRouter, testDataProvider, type GetListParams } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { BeneficiaryList } from './BeneficiaryList';

// A loaded 2-core CI machine renders MUI slowly: wait generously, never a fixed sleep.
configure({ asyncUtilTimeout: 15_000 });

const DEFINITIONS = [
  { id: 1, family: 'Situation RSA', name: 'Etat du droit', type: 'list', editable: false, required: false, values: [{ code: '2', label: 'Droit ouvert et versable' }, { code: '5', label: 'Droit clos' }] },
  { id: 2, family: 'AdministratifCD07', name: 'Motif demande de MIDEM', type: 'text', editable: true, required: false, values: null },
];
const REFERENTS = [
  { id: 3, login: 'djilali.teyssier34', name: 'Djilali TEYSSIER', structureCode: 'DTAS-NORD', structureName: 'DTAS Nord' },
  { id: 4, login: 'theo.diallo67', name: 'Théo DIALLO', structureCode: 'DTAS-NORD', structureName: 'DTAS Nord' },
];
const SKILLS = [{ id: 11, list: 'skill', code: 'C1', label: 'Permis B' }];

export const renderList = (initialFilter?: Record<string, unknown>, overrides: Record<string, unknown> = {}) => {
  const calls: GetListParams[] = [];
  const dataProvider = testDataProvider({
    getList: (async (resource: string, params: GetListParams) => {
      if (resource === 'beneficiaries') {
        calls.push(params);
        return { data: [{ id: 7, fileNumber: '044506', lastName: 'SOUBEYRAND', firstName: 'Anaïs', birthName: null, birthDate: '1980-01-02', state: 'entree', currentReferent: null, updatedFromGenesisOn: null }], total: 1 };
      }
      if (resource === 'characteristic-definitions') return { data: DEFINITIONS, total: DEFINITIONS.length };
      if (resource === 'users') return { data: REFERENTS.filter((r) => !params.filter.q || r.name.toLowerCase().includes(String(params.filter.q).toLowerCase())), total: 2 };
      if (resource === 'reference-items') return { data: params.filter.list === 'skill' ? SKILLS : [], total: params.filter.list === 'skill' ? 1 : 0 };
      return { data: [], total: 0 };
    }) as never,
    getMany: (async (resource: string, params: { ids: unknown[] }) => ({ data: resource === 'users' ? REFERENTS.filter((r) => params.ids.includes(r.id)) : [] })) as never,
    ...overrides,
  });
  const search = initialFilter ? `?filter=${encodeURIComponent(JSON.stringify(initialFilter))}` : '';
  render(
    <TestMemoryRouter initialEntries={[`/beneficiaries${search}`]}>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        <ResourceContextProvider value="beneficiaries">
          <BeneficiaryList />
        </ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return calls;
};

const addFilter = async (label: string) => {
  fireEvent.click(await screen.findByRole('button', { name: 'Ajouter un filtre' }));
  fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: label }));
};

test('a référent picked by name filters on the collaborator the server gave', async () => {
  const calls = renderList();
  await screen.findByText('SOUBEYRAND');
  await addFilter('Référent');
  const picker = await screen.findByRole('combobox', { name: 'Référent' });
  fireEvent.change(picker, { target: { value: 'Djil' } });
  fireEvent.click(await screen.findByRole('option', { name: 'Djilali TEYSSIER – DTAS Nord' }));
  await waitFor(() => expect(calls.some((c) => c.filter.referentId === 3)).toBe(true), { timeout: 15_000 });
});

test('a characteristic of the catalogue with one of its values', async () => {
  const calls = renderList();
  await screen.findByText('SOUBEYRAND');
  await addFilter('Caractéristiques');
  const characteristic = await screen.findByRole('combobox', { name: 'Caractéristique 1' });
  fireEvent.mouseDown(characteristic);
  fireEvent.click(await screen.findByRole('option', { name: 'Etat du droit' }));
  // Chosen alone, it means « any value »; the list values are those of the catalogue.
  await waitFor(() => expect(calls.some((c) => JSON.stringify(c.filter.characteristic) === JSON.stringify([{ family: 'Situation RSA', name: 'Etat du droit' }]))).toBe(true), { timeout: 15_000 });
  fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Valeur 1' }));
  const listbox = await screen.findByRole('listbox');
  expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Toute valeur', 'Droit ouvert et versable', 'Droit clos']);
  fireEvent.click(within(listbox).getByRole('option', { name: 'Droit clos' }));
  await waitFor(
    () => expect(calls.some((c) => JSON.stringify(c.filter.characteristic) === JSON.stringify([{ family: 'Situation RSA', name: 'Etat du droit', value: '5' }]))).toBe(true),
    { timeout: 15_000 },
  );
});

test('annex data from the reference lists', async () => {
  const calls = renderList();
  await screen.findByText('SOUBEYRAND');
  await addFilter('Données annexes');
  fireEvent.mouseDown(await screen.findByRole('combobox', { name: 'Données annexes' }));
  fireEvent.click(await screen.findByRole('option', { name: 'Permis B' }));
  await waitFor(() => expect(calls.some((c) => JSON.stringify(c.filter.annex) === JSON.stringify([{ kind: 'skill', code: 'C1' }]))).toBe(true), { timeout: 15_000 });
});

test('a free-text characteristic takes a typed value; removing the row removes the criterion', async () => {
  const calls = renderList({ characteristic: [{ family: 'AdministratifCD07', name: 'Motif demande de MIDEM', value: 'absence' }] });
  await screen.findByText('SOUBEYRAND');
  expect(((await screen.findByRole('textbox', { name: 'Valeur 1' })) as HTMLInputElement).value).toBe('absence');
  fireEvent.click(screen.getByRole('button', { name: 'Retirer cette caractéristique (1)' }));
  await waitFor(() => expect(calls.some((c) => c.filter.characteristic === undefined || (Array.isArray(c.filter.characteristic) && c.filter.characteristic.length === 0))).toBe(true), { timeout: 15_000 });
});
