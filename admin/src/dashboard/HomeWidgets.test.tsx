// The home page the user arranges (R2): widgets in the remembered order, then added, moved and
// removed with buttons only — keyboard included —, each change sent to the server, focus kept on
// the moved widget and the change announced; a refusal puts the page back as it was.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, TestMemoryRouter, testDataProvider, type AuthProvider } from 'react-admin';
import { i18nProvider } from '../i18n/i18n-provider';
import { Dashboard } from './Dashboard';

const authProvider = (profiles: string[]): AuthProvider => ({
  login: async () => undefined,
  logout: async () => undefined,
  checkAuth: async () => undefined,
  checkError: async () => undefined,
  getPermissions: async () => profiles,
  getIdentity: async () => ({ id: 5, fullName: 'Claire FAURE', login: 'cadre.nord' }),
});

const renderHome = (widgets: string[], save: (w: string[]) => Promise<unknown>) => {
  const dataProvider = testDataProvider({
    getList: (async (resource: string) => {
      if (resource === 'alerts') return { data: [{ id: 'cer-renewal', title: 'CER à renouveler', count: 3 }], total: 1 };
      if (resource === 'cer-queue') {
        return { data: [{ id: 9, beneficiary: 4, fileNumber: '044506', lastName: 'MARTIN', firstName: 'Léa', number: 2, state: 'soumis_etude', stateLabel: 'Soumis à étude', since: '2026-11-20' }], total: 1 };
      }
      return { data: [], total: 0 };
    }) as never,
    homeWidgets: async () => ({ widgets, arranged: false }),
    setHomeWidgets: save,
    count: async () => 42,
  } as never);
  render(
    <TestMemoryRouter initialEntries={['/']}>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider} authProvider={authProvider(['cadre'])}>
        <Dashboard />
      </AdminContext>
    </TestMemoryRouter>,
  );
};

const widgetTitles = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

test('the widgets in the remembered order, with their live counts', async () => {
  renderHome(['alert:cer-renewal', 'caseload', 'cers-awaiting'], async (w) => ({ widgets: w, arranged: true }));
  expect(await screen.findByText('3 éléments')).toBeTruthy();
  expect(widgetTitles()).toEqual(['CER à renouveler', 'Dossiers de mon périmètre', 'CER en attente de mon action']);
  expect(await screen.findByText('42 dossiers')).toBeTruthy();
  expect(screen.getByRole('link', { name: /MARTIN Léa \(044506\) — CER n° 2/ }).getAttribute('href')).toBe('/cers/9/show');
  expect(screen.getByRole('link', { name: 'Voir l’alerte' }).getAttribute('href')).toBe('/alerts/cer-renewal');
  expect(screen.getByRole('link', { name: 'Mon tableau de bord' }).getAttribute('href')).toBe('/tableau-de-bord');
});

test('arranged with the keyboard: move, remove, add — each saved, announced, focus kept', async () => {
  const user = userEvent.setup();
  const saved: string[][] = [];
  renderHome(['caseload', 'imports', 'alert:cer-renewal'], async (w) => {
    saved.push(w);
    return { widgets: w, arranged: true };
  });
  const arrange = await screen.findByRole('button', { name: 'Organiser ma page d’accueil' });
  arrange.focus();
  await user.keyboard('{Enter}');
  expect(screen.getByRole('button', { name: 'Terminer' }).getAttribute('aria-pressed')).toBe('true');

  const down = screen.getByRole('button', { name: 'Descendre « Ma file active »' });
  down.focus();
  await user.keyboard('{Enter}');
  await waitFor(() => expect(saved).toEqual([['imports', 'caseload', 'alert:cer-renewal']]));
  expect(widgetTitles()).toEqual(['Derniers imports Genesis', 'Dossiers de mon périmètre', 'CER à renouveler']);
  expect(screen.getByRole('status').textContent).toBe('« Ma file active » est maintenant en position 2 sur 3.');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Descendre « Ma file active »' })));

  await user.click(screen.getByRole('button', { name: 'Retirer « Derniers imports Genesis »' }));
  await waitFor(() => expect(saved[1]).toEqual(['caseload', 'alert:cer-renewal']));
  expect(screen.getByRole('status').textContent).toBe('« Derniers imports Genesis » retiré de la page d’accueil.');

  await user.click(screen.getByRole('combobox', { name: 'Ajouter un widget' }));
  const options = within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent);
  // Only what a cadre may place and is not on the page yet.
  expect(options).toEqual(['Alerte : Caractéristiques requises manquantes', 'Alerte : Veilles se terminant bientôt', 'Alerte : Notes qui me sont attribuées', 'Alerte : Étapes se terminant dans les 15 jours', 'Alerte : Positionnements sans réponse depuis 10 jours', 'Notes en cours', 'CER en attente de mon action', 'Derniers imports Genesis']);
  await user.click(screen.getByRole('option', { name: 'CER en attente de mon action' }));
  await user.click(screen.getByRole('button', { name: 'Ajouter' }));
  await waitFor(() => expect(saved[2]).toEqual(['caseload', 'alert:cer-renewal', 'cers-awaiting']));
  expect(await screen.findByRole('heading', { name: 'CER en attente de mon action' })).toBeTruthy();
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Retirer « CER en attente de mon action »' })));
});

test('a refusal from the server puts the page back as it was', async () => {
  renderHome(['caseload', 'imports'], async () => {
    throw new Error('Widget inconnu ou non ouvert à votre profil : imports.');
  });
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Organiser ma page d’accueil' }));
  await user.click(screen.getByRole('button', { name: 'Monter « Derniers imports Genesis »' }));
  await waitFor(() => expect(widgetTitles()).toEqual(['Dossiers de mon périmètre', 'Derniers imports Genesis']));
});
