// F1, F4, F7 in the browser: a référent finds a file by a name typed without accents, reads its
// Résumé and enters a sortie de file active; a secretariat then cancels it.
import type { Page } from 'playwright-core';
import { loginAs, newContext, snapshot, waitForCount } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS } from './support/seed';
import { formatDate, lastDayOfMonth, todayInParis } from '@rsa/vocabulary';

let ctx: ConsoleApp;
const endOfMonth = formatDate(lastDayOfMonth(todayInParis(), 0));

beforeAll(async () => {
  ctx = await startConsoleApp();
});
afterAll(async () => ctx?.stop());

const openFileBySearch = async (page: Page, search: string, lastName: string, firstName: string) => {
  await page.getByRole('menuitem', { name: 'Bénéficiaires' }).click();
  await page.getByLabel('Rechercher (nom, prénom, n° dossier, n° CAF)').fill(search);
  // Cells have no space between them in the row's text: match each name on its own.
  const row = page.getByRole('row').filter({ hasText: lastName }).filter({ hasText: firstName });
  await waitForCount(page.getByRole('row'), 2); // the header and the one match
  await row.getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: `${lastName} ${firstName}` }).waitFor();
};

test('a référent searches without accents, opens the Résumé and enters a sortie de file active', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.getByText('Profil : Référent').waitFor();
  await page.getByText('Ma file active').waitFor();
  expect(await page.getByTestId('caseload-count').textContent()).toMatch(/^\d+ dossiers?$/);

  await openFileBySearch(page, 'soubeyrand anais', 'SOUBEYRAND', 'Anaïs');
  for (const title of [
    'Coordonnées',
    'Accompagnement',
    'Caractéristiques',
    'Foyer',
    'Historique des référents',
    'Événements du droit',
    'Veilles',
  ]) {
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
  }
  await page.getByText(/Accompagnement RSA - Entrée - /).waitFor();
  await page.getByText('Droit ouvert et versable').first().waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'resume-referent');

  await page.getByRole('button', { name: 'Sortie de file active' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sortie de file active' });
  await dialog.getByRole('radio', { name: new RegExp(`^${endOfMonth}`) }).check();
  await dialog.getByText(`Après le ${endOfMonth}, vous n'aurez plus accès à ce dossier.`).waitFor();
  await snapshot(page, 'caseload-exit-dialog');
  await dialog.getByRole('button', { name: 'Enregistrer la sortie' }).click();
  await page.getByText(`Sortie de file active enregistrée au ${endOfMonth}.`).waitFor();
  const history = page.getByRole('table', { name: 'Historique des référents' });
  await history.getByRole('cell', { name: endOfMonth }).waitFor();
  // The sortie is entered: no second one, and a référent may not cancel it.
  expect(await page.getByRole('button', { name: 'Sortie de file active' }).count()).toBe(0);
  expect(await page.getByRole('button', { name: 'Annuler la sortie' }).count()).toBe(0);
  await context.close();
});

test('a secretariat cancels the sortie', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.secretariat.login, PASSWORD);
  await page.getByText('Dossiers de mon périmètre').waitFor();
  await openFileBySearch(page, 'SOUBEYRAND', 'SOUBEYRAND', 'Anaïs');
  const history = page.getByRole('table', { name: 'Historique des référents' });
  await history.getByRole('cell', { name: endOfMonth }).waitFor();

  await page.getByRole('button', { name: 'Annuler la sortie' }).click();
  const dialog = page.getByRole('dialog', { name: 'Annuler la sortie de file active' });
  await dialog.getByText(new RegExp(`La sortie du ${endOfMonth} de ${USERS.referent.name}`)).waitFor();
  await dialog.getByRole('button', { name: 'Annuler la sortie' }).click();
  await page.getByText('Sortie de file active annulée.').waitFor();
  await page.getByRole('button', { name: 'Sortie de file active' }).waitFor();
  expect(await history.getByRole('cell', { name: endOfMonth }).count()).toBe(0);
  await snapshot(page, 'resume-secretariat');
  await context.close();
});
