// F6 and R3 in the browser: a référent sets one of their files in veille (motif from the list);
// a secretariat opens the « Sorties de file active – structure » report, sees the server's total,
// goes to page 2, narrows it to a référent with the picker, exports it to Excel (read back) and
// opens a file from a row; the not-found page.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { loginAs, newContext, snapshot, waitForCount } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS, soubeyrand } from './support/seed';

let ctx: ConsoleApp;
let fileId: number;

beforeAll(async () => {
  ctx = await startConsoleApp();
  fileId = (await soubeyrand(ctx.app)).id;
  // Files Genesis has not updated for months are the candidates for a sortie de file active.
  await ctx.app.strapi.db.connection.raw('UPDATE beneficiaries SET updated_from_genesis_on = ?', ['2026-01-05']);
});
afterAll(async () => ctx?.stop());

const chooseOption = async (page: Page, label: RegExp, option: RegExp | null) => {
  await page.getByRole('combobox', { name: label }).click();
  const options = page.getByRole('option');
  await (option ? options.filter({ hasText: option }) : options).first().click();
};

test('a référent sets one of their files in veille', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.goto(`/console/#/beneficiaries/${fileId}/show`);
  await page.getByRole('heading', { level: 1, name: 'SOUBEYRAND Anaïs' }).waitFor();
  await page.getByRole('button', { name: 'Ajouter une veille' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ajouter une veille' });
  const motif = dialog.getByRole('combobox', { name: /Motif/ });
  if ((await motif.count()) > 0) await chooseOption(page, /Motif/, null);
  else await dialog.getByLabel(/Motif/).fill('Hospitalisation');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Veille ajoutée : le dossier est en veille.').first().waitFor();
  await page.getByText(/Veille - /).first().waitFor();
  await page.getByRole('table', { name: 'Veilles' }).getByRole('row').nth(1).waitFor();
  await snapshot(page, 'file-in-veille');
  await context.close();
});

/** What the server counts for this secretariat: the total the screen must show. */
const serverTotal = async (params: Record<string, string> = {}): Promise<number> => {
  const [user] = (await ctx.app.strapi.db.query('plugin::accounts.console-user' as never).findMany({ where: { login: USERS.secretariat.login }, limit: 1 })) as Array<{ id: number }>;
  const { rows } = await ctx.app.strapi.plugin('file-active').service('reports').run(
    { id: user?.id ?? 0, login: USERS.secretariat.login, name: USERS.secretariat.name, profiles: [...USERS.secretariat.profiles], structureCode: USERS.secretariat.structure, territoryCode: USERS.secretariat.territory },
    'caseload-exits',
    params,
  );
  return rows.length;
};

test('a secretariat reads the « Sorties de file active – structure » report page by page, narrows it to a référent, opens a file and exports it', async () => {
  const total = await serverTotal();
  // More than a page, or the paging would prove nothing.
  expect(total).toBeGreaterThan(25);
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.secretariat.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Rapports' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rapports' }).waitFor();
  await chooseOption(page, /^Rapport/, /Sorties de file active – structure/);
  const table = page.getByRole('table', { name: 'Sorties de file active – structure' });
  // A sortable header is named by its sort button (« Trier par … »).
  await table.getByRole('columnheader', { name: /fin d’affectation/i }).waitFor();
  await page.getByTestId('report-count').filter({ hasText: `${total} lignes` }).waitFor();
  await waitForCount(table.getByRole('row'), 26);
  await table.getByRole('cell', { name: '05/01/2026' }).first().waitFor();
  expect(await page.title()).toBe('Rapports – Sorties de file active – structure – Accompagnement RSA');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'report-caseload-exits');

  // Page 2: the rows after the 25th, the same total.
  const firstOfPage1 = await table.getByRole('row').nth(1).textContent();
  await page.getByRole('button', { name: 'Aller à la page 2' }).click();
  await page.getByText(`26-${Math.min(50, total)} sur ${total}`).waitFor();
  await waitForCount(table.getByRole('row'), Math.min(25, total - 25) + 1);
  expect(await table.getByRole('row').nth(1).textContent()).not.toBe(firstOfPage1);

  // The référent picked by name among the server's référents: the server narrows the report.
  const mine = await serverTotal({ referent: USERS.referent.login });
  expect(mine).toBeGreaterThan(0);
  await page.getByRole('combobox', { name: 'Référent' }).fill('Teyss');
  await page.getByRole('option', { name: /Djilali TEYSSIER/ }).click();
  await page.getByTestId('report-count').filter({ hasText: new RegExp(`^${mine} lignes?$`) }).waitFor();
  await waitForCount(table.getByRole('row'), mine + 1);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'report-caseload-exits-referent');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (Excel)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sorties-de-file-active-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).filter((v) => v !== undefined && v !== null);
  expect(header).toEqual(expect.arrayContaining(['Structure référent', 'Référent', 'N° dossier', 'Nom', 'Prénom', 'Fin d’affectation']));
  // The export has the référent's rows, all of them.
  expect(sheet.rowCount).toBe(mine + 1);

  // A row opens the file.
  const row = table.getByRole('row').nth(1);
  const lastName = (await row.getByRole('cell').nth(3).textContent())?.trim();
  await row.click();
  await page.waitForURL(/#\/beneficiaries\/\d+\/show/);
  // The file's title is « M. MENDES Jean »: the civility comes first.
  await page.getByRole('heading', { level: 1, name: new RegExp(`\\b${lastName}\\b`) }).waitFor();
  await context.close();
});

test('an unknown address: a French not-found page, readable, with a way home', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.secretariat.login, PASSWORD);
  await page.goto('/console/#/nulle-part');
  await page.getByRole('heading', { level: 1, name: 'Page introuvable' }).waitFor();
  expect(await page.title()).toBe('Page introuvable – Accompagnement RSA');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Retour à l’accueil' }).click();
  await page.getByRole('heading', { level: 1, name: /^Bonjour / }).waitFor();
  await context.close();
});
