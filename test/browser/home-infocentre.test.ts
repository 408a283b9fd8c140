// R1, R2, R4 in the browser, as a cadre: arranges the home page's widgets (keyboard included) and
// finds them again after a reload, opens « Alertes » and one alert's list, « Mon tableau de
// bord », and the charts with their tables; axe finds nothing serious on any of these pages.
import type { Page } from 'playwright-core';
import { addDays, todayInParis } from '@rsa/vocabulary';
import { loginAs, newContext, snapshot, waitUntil } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS } from './support/seed';

let ctx: ConsoleApp;

beforeAll(async () => {
  ctx = await startConsoleApp();
  const db = ctx.app.strapi.db.connection;
  const rowsOf = <T>(r: unknown): T[] => (Array.isArray(r) ? (r as T[]) : ((r as { rows: T[] }).rows ?? []));
  const files = rowsOf<{ beneficiary_id: number }>(
    await db.raw("SELECT DISTINCT beneficiary_id FROM assignments WHERE login = ? AND role = 'parcours' ORDER BY beneficiary_id", [USERS.referent.login]),
  );
  const today = todayInParis();
  // Two CERs wait for the cadre (soumis à l'étude, en attente de décision), one is validated.
  const states = ['soumis_etude', 'attente_decision', 'valide'];
  for (const [i, file] of files.slice(0, 3).entries()) {
    const now = new Date();
    const [cer] = rowsOf<{ id: number }>(
      await db.raw("INSERT INTO cers (beneficiary_id, number, start_date, end_date, state, agreement, last_contract, created_at, updated_at) VALUES (?, 1, ?, ?, ?, 'nc', ?, ?, ?) RETURNING id", [
        file.beneficiary_id, addDays(today, -60), addDays(today, 20 + i), states[i], false, now, now,
      ]),
    );
    for (const [state, back] of [['proposition', 40], [states[i], 12 - i]] as const) {
      const at = new Date(`${addDays(today, -back)}T09:00:00Z`);
      await db.raw('INSERT INTO cer_history_entries (cer_id, from_state, to_state, by_login, at, created_at, updated_at) VALUES (?, NULL, ?, ?, ?, ?, ?)', [cer.id, state, USERS.referent.login, at, at, at]);
    }
  }
});
afterAll(async () => ctx?.stop());

const headings = (page: Page) => page.locator('main li[data-widget] h2').allTextContents();

test('a cadre arranges the home page, finds it after a reload, opens an alert, the dashboard and the charts', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.cadre.login, PASSWORD);
  await waitUntil(() => headings(page), (h) => h.join('|') === 'Dossiers de mon périmètre|CER en attente de mon action|CER à renouveler|Derniers imports Genesis');
  await page.getByTestId('cers-awaiting-count').filter({ hasText: '2 CER' }).waitFor();

  // Arrange: with the keyboard, move « CER à renouveler » to the top; remove the imports; add an alert.
  await page.getByRole('button', { name: 'Organiser ma page d’accueil' }).click();
  await page.getByRole('button', { name: 'Monter « Alerte : CER à renouveler »' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await waitUntil(() => headings(page), (h) => h[0] === 'CER à renouveler');
  await page.getByRole('button', { name: 'Retirer « Derniers imports Genesis »' }).click();
  await page.getByRole('combobox', { name: 'Ajouter un widget' }).click();
  await page.getByRole('option', { name: 'Alerte : Caractéristiques requises manquantes' }).click();
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  const arranged = 'CER à renouveler|Dossiers de mon périmètre|CER en attente de mon action|Caractéristiques requises manquantes';
  await waitUntil(() => headings(page), (h) => h.join('|') === arranged);
  await page.getByTestId('alert-count-missing-characteristics').waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'home-arranging');

  // Remembered on the server: a reload shows the same page.
  await page.getByRole('button', { name: 'Terminer' }).click();
  await page.reload();
  await waitUntil(() => headings(page), (h) => h.join('|') === arranged, 30_000);
  await page.getByTestId('caseload-count').waitFor();
  await snapshot(page, 'home-arranged');
  // Alertes: the list with the counts, then one alert's rows under the remembered filter.
  await page.getByRole('menuitem', { name: 'Alertes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Alertes' }).waitFor();
  const alertRow = page.getByRole('row').filter({ hasText: 'Caractéristiques requises manquantes' });
  await alertRow.waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'alerts');
  const expected = Number((await alertRow.getByRole('cell').nth(1).textContent())?.replace(/\s/g, ''));
  await alertRow.getByRole('cell').first().click();
  await page.getByRole('heading', { level: 1, name: 'Caractéristiques requises manquantes' }).waitFor();
  await waitUntil(() => page.getByTestId('alert-rows-count').textContent(), (text) => text !== null && Number(text.replace(/\D/g, '')) === expected, 30_000);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'alert-missing-characteristics');
  // « Mon tableau de bord » from the user menu: each indicator a link.
  await page.getByRole('button', { name: /menu utilisateur/ }).click();
  await page.getByRole('menuitem', { name: 'Mon tableau de bord' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mon tableau de bord' }).waitFor();
  await page.getByRole('link', { name: /^2 – CER en attente de mon action$/ }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'my-dashboard');
  await page.getByRole('link', { name: /^2 – CER en attente de mon action$/ }).click();
  await page.getByRole('heading', { level: 1, name: 'CER en attente de mon action' }).waitFor();
  await waitUntil(() => page.locator('main tbody tr').count(), (n) => n === 2);
  // The charts, each with its table.
  await page.getByRole('menuitem', { name: 'Graphiques' }).click();
  await page.getByRole('heading', { level: 1, name: 'Graphiques' }).waitFor();
  await page.getByTestId('chart-file-active').locator('svg').first().waitFor();
  await page.locator('#table-file-active').getByRole('rowheader', { name: 'Djilali TEYSSIER' }).waitFor();
  await page.locator('#table-cers').getByRole('row', { name: /Soumis à étude 1/ }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'charts');
  await page.getByRole('button', { name: 'Par structure' }).click();
  await page.locator('#table-file-active').getByRole('columnheader', { name: 'Par structure' }).waitFor();
  await context.close();
}, 180_000);
