// « Mon tableau de bord » (R2): each personal indicator shows its figure and opens its list.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AdminContext, TestMemoryRouter, testDataProvider } from 'react-admin';
import { Route, Routes } from 'react-router-dom';
import { i18nProvider } from '../i18n/i18n-provider';
import type { Indicators } from '../data/infocentre-methods';
import { MyDashboard } from './MyDashboard';

const INDICATORS: Indicators = {
  mine: false,
  caseload: 312,
  month: { from: '2026-12-01', to: '2026-12-31' },
  entries: 14,
  exits: 6,
  cers: [
    { state: 'proposition', label: 'Proposition', count: 9 },
    { state: 'soumis_etude', label: 'Soumis à étude', count: 4 },
    { state: 'attente_decision', label: 'En attente de décision', count: 2 },
  ],
  cersAwaiting: 6,
  alerts: [
    { id: 'missing-characteristics', title: 'Caractéristiques requises manquantes', count: 21 },
    { id: 'cer-renewal', title: 'CER à renouveler', count: 5 },
  ],
};

const renderDashboard = (indicators: Indicators) => {
  const dataProvider = testDataProvider({ dashboardIndicators: async () => indicators } as never);
  render(
    <TestMemoryRouter initialEntries={['/tableau-de-bord']}>
      <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
        <Routes>
          <Route path="/tableau-de-bord" element={<MyDashboard />} />
          <Route path="/mouvements/:kind" element={<p>Liste des mouvements</p>} />
        </Routes>
      </AdminContext>
    </TestMemoryRouter>,
  );
};

test('every indicator is a link to its list, named by its figure and its words', async () => {
  renderDashboard(INDICATORS);
  const link = async (name: string) => (await screen.findByRole('link', { name })).getAttribute('href');
  expect(await link('312 – File active de mon périmètre')).toBe('/beneficiaries');
  expect(await link('14 – Entrées en file active ce mois-ci du 01/12/2026 au 31/12/2026')).toBe('/mouvements/entries');
  expect(await link('6 – Sorties de file active ce mois-ci du 01/12/2026 au 31/12/2026')).toBe('/mouvements/exits');
  expect(await link('6 – CER en attente de mon action')).toBe('/cers-en-attente');
  expect(await link('5 – CER à renouveler (30 jours)')).toBe('/alerts/cer-renewal');
  expect(await link('4 – Soumis à étude')).toBe('/cers-par-etat/soumis_etude');
  expect(await link('21 – Caractéristiques requises manquantes')).toBe('/alerts/missing-characteristics');
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['File active de mon périmètre', 'CER par état', 'Alertes']);
  await userEvent.click(screen.getByRole('link', { name: /Entrées en file active/ }));
  expect(await screen.findByText('Liste des mouvements')).toBeTruthy();
});

test('a référent reads « Ma file active » and has no CER queue to act on', async () => {
  renderDashboard({ ...INDICATORS, mine: true, caseload: 48, cersAwaiting: null });
  expect((await screen.findByRole('link', { name: '48 – Ma file active' })).getAttribute('href')).toBe('/beneficiaries');
  expect(screen.queryByRole('link', { name: /CER en attente de mon action/ })).toBeNull();
});
