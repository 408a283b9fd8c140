// The file's documents in the browser (FEATURES D2): the référent files a CV from the
// « Documents » tab (type picked from the nomenclature), sees it in its folder, and opens it
// from the Résumé (« Ouvrir le CV ») — the same bytes come back. Axe on both screens.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { loginAs, newContext, snapshot } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS, soubeyrand } from './support/seed';

let ctx: ConsoleApp;
let fileId: number;
const storageDir = mkdtempSync(path.join(tmpdir(), 'rsa-documents-browser-'));

beforeAll(async () => {
  process.env.DOCUMENTS_DIR = storageDir;
  ctx = await startConsoleApp();
  fileId = (await soubeyrand(ctx.app)).id;
});
afterAll(async () => {
  await ctx?.stop();
  delete process.env.DOCUMENTS_DIR;
  rmSync(storageDir, { recursive: true, force: true });
});

test('the référent files a CV in the Documents tab and opens it from the Résumé', async () => {
  const doc = await PDFDocument.create();
  doc.addPage().drawText('CV — Anaïs Soubeyrand', { x: 50, y: 700, font: await doc.embedFont(StandardFonts.Helvetica) });
  const cv = Buffer.from(await doc.save());
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.goto(`/console/#/beneficiaries/${fileId}/show`);
  await page.getByRole('heading', { level: 1, name: 'SOUBEYRAND Anaïs' }).waitFor();
  // No CV yet: nothing to open.
  expect(await page.getByRole('button', { name: 'Ouvrir le CV' }).count()).toBe(0);
  await page.getByRole('tab', { name: 'Documents' }).click();
  await page.getByRole('heading', { name: 'Déposer un document' }).waitFor();
  await page.getByRole('combobox', { name: /Type de document/ }).click();
  await page.getByRole('option', { name: 'Parcours — CV' }).click();
  await page.locator('#document-file').setInputFiles({ name: 'CV Anaïs Soubeyrand.pdf', mimeType: 'application/pdf', buffer: cv });
  await page.getByText('CV Anaïs Soubeyrand.pdf').waitFor();
  await page.getByRole('button', { name: 'Déposer' }).click();
  await page.getByText('Document déposé sous le nom corrigé CV_Anais_Soubeyrand.pdf').first().waitFor();
  await page.getByRole('table', { name: 'Documents du dossier — Parcours' }).getByRole('cell', { name: 'CV_Anais_Soubeyrand.pdf', exact: true }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'documents-tab');

  await page.getByRole('tab', { name: 'Résumé' }).click();
  const open = page.getByRole('button', { name: 'Ouvrir le CV' });
  await open.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), open.click()]);
  expect(download.suggestedFilename()).toBe('CV_Anais_Soubeyrand.pdf');
  expect(readFileSync((await download.path())!).equals(cv)).toBe(true);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'documents-cv-from-resume');
  await context.close();
}, 120_000);
