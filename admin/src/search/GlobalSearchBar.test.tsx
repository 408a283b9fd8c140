// The global search bar: results grouped by kind (files, then notes), reachable with the arrows,
// Enter opens the file (a note opens its file on the notes tab); the words go to the data
// provider's POST search and never into the address.
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, TestMemoryRouter, testDataProvider } from 'react-admin';
import { Route, Routes, useLocation } from 'react-router-dom';
import { i18nProvider } from '../i18n/i18n-provider';
import type { SearchHit } from '../data/data-provider';
import { GlobalSearchBar } from './GlobalSearchBar';

// A loaded 2-core CI machine renders MUI slowly: wait generously, never a fixed sleep.
configure({ asyncUtilTimeout: 15_000 });

const HITS: SearchHit[] = [
  { id: 'note-4', kind: 'note', beneficiary: 8, title: 'Note – SOUBEYRAND Anaïs (n° 044506)', detail: 'Rappeler pour l’atelier', date: '2026-11-30T09:00:00.000Z' },
  { id: 'file-7', kind: 'file', beneficiary: 7, title: 'SOUBEYRAND Anaïs', detail: 'Dossier n° 044506', date: null },
  { id: 'file-9', kind: 'file', beneficiary: 9, title: 'SOUBEYRAND Louis', detail: 'Dossier n° 044507', date: null },
];

let where: { pathname: string; search: string; state: unknown } = { pathname: '', search: '', state: null };
const Where = () => {
  const location = useLocation();
  where = { pathname: location.pathname, search: location.search, state: location.state };
  return null;
};

const setup = () => {
  const asked: string[] = [];
  const dataProvider = testDataProvider({
    globalSearch: async (q: string) => {
      asked.push(q);
      return HITS;
    },
  } as never);
  render(
    <TestMemoryRouter initialEntries={['/']}>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        <GlobalSearchBar />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </AdminContext>
    </TestMemoryRouter>,
  );
  return asked;
};

test('results grouped by kind, arrows and Enter open the file', async () => {
  const asked = setup();
  const input = screen.getByRole('combobox', { name: 'Recherche globale (dossiers, notes)' });
  fireEvent.change(input, { target: { value: 'soub' } });
  const listbox = await screen.findByRole('listbox', { name: 'Résultats de la recherche' }, { timeout: 15_000 });
  await within(listbox).findByText('SOUBEYRAND Anaïs');
  // Groups in the kinds' order: files first, then notes, whatever the server's order.
  expect(within(listbox).getAllByText(/^(Dossiers|Notes)$/).map((g) => g.textContent)).toEqual(['Dossiers', 'Notes']);
  expect(within(listbox).getAllByRole('option').map((o) => o.textContent?.split('Dossier n°')[0].split('30/11')[0])).toEqual([
    'SOUBEYRAND Anaïs',
    'SOUBEYRAND Louis',
    'Note – SOUBEYRAND Anaïs (n° 044506)',
  ]);
  expect(asked).toEqual(['soub']);
  fireEvent.keyDown(input, { key: 'ArrowDown' });
  fireEvent.keyDown(input, { key: 'ArrowDown' });
  fireEvent.keyDown(input, { key: 'Enter' });
  await waitFor(() => expect(where.pathname).toBe('/beneficiaries/9/show'));
  expect(`${where.pathname}${where.search}`).not.toContain('soub');
  expect((input as HTMLInputElement).value).toBe('');
});

test('a note opens its file on the notes tab', async () => {
  setup();
  const input = screen.getByRole('combobox', { name: 'Recherche globale (dossiers, notes)' });
  fireEvent.change(input, { target: { value: 'atelier' } });
  fireEvent.click(await screen.findByRole('option', { name: /^Note – SOUBEYRAND/ }, { timeout: 15_000 }));
  await waitFor(() => expect(where.pathname).toBe('/beneficiaries/8/show'));
  expect(where.state).toEqual({ tab: 'notes' });
});

test('one character is not searched', async () => {
  const asked = setup();
  fireEvent.change(screen.getByRole('combobox', { name: 'Recherche globale (dossiers, notes)' }), { target: { value: 's' } });
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(asked).toEqual([]);
  expect(screen.queryByRole('listbox')).toBeNull();
});
