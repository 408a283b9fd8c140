// F6 and R3 in the browser: a référent sets one of their files in veille (motif from the list);
// a secretariat opens the « Sorties de file active – structure » report, reads its rows and
// exports it to Excel, and the workbook is read back.
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { loginAs, newContext, snapshot } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS } from './support/seed';

let ctx: ConsoleApp;
let fileId: number;

beforeAll(async () => {
  ctx = await startConsoleApp();
  const [file] = (await ctx.app.strapi.db
    .query('plugin::file-active.beneficiary')
    .findMany({ where: { lastName: 'SOUBEYRAND', firstName: 'Anaïs' }, limit: 1 })) as Array<{ id: number }>;
  fileId = file.id;
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

test('a secretariat reads the « Sorties de file active – structure » report and exports it to Excel', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.secretariat.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Rapports' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rapports' }).waitFor();
  await chooseOption(page, /^Rapport/, /Sorties de file active – structure/);
  await page.getByLabel('Structure (code, facultatif)').waitFor();
  await page.getByRole('button', { name: 'Afficher' }).click();
  const table = page.getByRole('table', { name: 'Sorties de file active – structure' });
  await table.getByRole('columnheader', { name: 'Fin d’affectation' }).waitFor();
  await table.getByRole('row').nth(1).waitFor();
  await table.getByRole('cell', { name: '05/01/2026' }).first().waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'report-caseload-exits');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (Excel)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^caseload-exits-.*\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).filter((v) => v !== undefined && v !== null);
  expect(header).toEqual(expect.arrayContaining(['Structure référent', 'Référent', 'N° dossier', 'Nom', 'Prénom', 'Fin d’affectation']));
  expect(sheet.rowCount).toBeGreaterThanOrEqual(2);
  expect((sheet.getRow(2).values as unknown[]).filter((v) => v !== undefined && v !== null && v !== '').length).toBeGreaterThan(2);
  await context.close();
});
