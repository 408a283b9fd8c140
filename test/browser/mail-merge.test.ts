// Mail merge in the browser (FEATURES D1, A5): on an appointment of the référent's file,
// « Convocation » → the shipped template → « Enregistrer dans le dossier »; the convocation then
// appears in the file's « Documents » tab, folder « Courriers », and reads back with the person's
// own appointment. Axe on the dialog and the tab.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import PizZip from 'pizzip';
import { loginAs, newContext, snapshot } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS, soubeyrand } from './support/seed';
import { http, login } from '../support/http';

let ctx: ConsoleApp;
let fileId: number;
let appointmentId: number;
const storageDir = mkdtempSync(path.join(tmpdir(), 'rsa-merge-browser-'));

beforeAll(async () => {
  process.env.DOCUMENTS_DIR = storageDir;
  ctx = await startConsoleApp();
  fileId = (await soubeyrand(ctx.app)).id;
  const token = await login(ctx.baseUrl, USERS.referent.login, PASSWORD);
  const created = await http<{ id: number }>(ctx.baseUrl, 'POST', '/api/console/appointments', {
    token,
    body: { beneficiary: fileId, type: 'Entretien individuel référent', theme: 'Suivi de parcours', place: 'DTAS Centre – Privas', start: '2031-03-04T14:30', duration: 45, allowOverlap: true },
  });
  expect(created.status).toBe(201);
  appointmentId = created.body.id;
});
afterAll(async () => {
  await ctx?.stop();
  delete process.env.DOCUMENTS_DIR;
  rmSync(storageDir, { recursive: true, force: true });
});

test('the référent merges a convocation, files it in the dossier and finds it in the Documents tab', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.goto(`/console/#/appointments/${appointmentId}/show`);
  await page.getByRole('heading', { level: 1, name: /Rendez-vous du 04\/03\/2031 à 14:30/ }).waitFor();
  await page.getByRole('button', { name: 'Convocation', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Éditer une convocation' });
  await dialog.waitFor();
  await dialog.getByRole('combobox', { name: /Modèle/ }).click();
  await page.getByRole('option', { name: /^Convocation individuelle \(modèle livré\)/ }).click();
  await dialog.getByLabel('Enregistrer dans le dossier').check();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'merge-convocation-dialog');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText(/^Document enregistré dans le dossier : Convocation-\d+-2031-03-04\.docx$/).first().waitFor();

  await page.goto(`/console/#/beneficiaries/${fileId}/show`);
  await page.getByRole('tab', { name: 'Documents' }).click();
  const courriers = page.getByRole('table', { name: 'Documents du dossier — Courriers' });
  const cell = courriers.getByRole('cell', { name: /^Convocation-\d+-2031-03-04\.docx$/ });
  await cell.waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'merge-convocation-documents');
  const name = (await cell.textContent())!.trim();
  const [download] = await Promise.all([page.waitForEvent('download'), courriers.getByRole('button', { name: `Télécharger ${name}` }).click()]);
  const xml = new PizZip(readFileSync((await download.path())!)).file('word/document.xml')!.asText().replace(/<[^>]+>/g, '');
  expect(xml).toContain('mardi 4 mars 2031');
  expect(xml).toContain('14 h 30');
  expect(xml).toContain('SOUBEYRAND');
  await context.close();
});
