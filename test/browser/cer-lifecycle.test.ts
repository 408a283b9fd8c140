// Issue 5, the whole life of a CER in the browser: the référent creates it from the file's CER
// tab, adds two objectives, has it signed by SMS code (read back from the outbox) and submits
// it; the secretariat sends it to commission; the cadre validates it with a shorter end date and
// downloads the « décision valide » document, whose text is checked.
import fs from 'fs';
import type { Page } from 'playwright-core';
import { loginAs, newContext, snapshot } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS } from './support/seed';
import { formatDate, lastDayOfMonth, todayInParis } from '@rsa/vocabulary';
import { extractDocxText } from '../../plugins/cer/domain/documents/extract-docx-text';

let ctx: ConsoleApp;
let fileId: number;
let cerId: number;
const today = todayInParis();
const shorterEnd = lastDayOfMonth(today, 3);
const OBJECTIVES = ['Trouver une formation de cariste', 'Ouvrir les droits à la complémentaire santé'];
const DECISION = 'Contrat validé pour trois mois, bilan à mi-parcours.';

beforeAll(async () => {
  ctx = await startConsoleApp();
  const [file] = (await ctx.app.strapi.db
    .query('plugin::file-active.beneficiary')
    .findMany({ where: { lastName: 'SOUBEYRAND', firstName: 'Anaïs' }, limit: 1 })) as Array<{ id: number }>;
  fileId = file.id;
  await ctx.app.strapi.db.connection.raw('UPDATE beneficiaries SET phone = ? WHERE id = ?', ['+33612345678', fileId]);
});
afterAll(async () => ctx?.stop());

const dialogNamed = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

const addObjective = async (page: Page, description: string) => {
  await page.getByRole('button', { name: 'Ajouter un objectif' }).click();
  const dialog = dialogNamed(page, 'Ajouter un objectif');
  const theme = dialog.getByRole('combobox', { name: /Thème/ });
  if ((await theme.count()) > 0) {
    await theme.click();
    await page.getByRole('option').first().click();
  } else {
    await dialog.getByLabel(/Thème/).fill('Insertion professionnelle');
  }
  await dialog.getByLabel('Description').fill(description);
  await dialog.getByRole('button', { name: 'Ajouter' }).click();
  await page.getByText('Objectif ajouté.').first().waitFor();
  await page.getByRole('table', { name: 'Objectifs du CER' }).getByRole('cell', { name: description }).waitFor();
};

const latestSmsCode = async (): Promise<string> => {
  const rows = (await ctx.app.strapi.db.connection('sms_messages').select('text').orderBy('id', 'desc').limit(1)) as Array<{ text: string }>;
  const code = /\b(\d{6})\b/.exec(rows[0]?.text ?? '')?.[1];
  if (!code) throw new Error(`Aucun code dans la boîte d'envoi : ${JSON.stringify(rows)}`);
  return code;
};

test('the référent creates a CER, adds two objectives, has it signed by SMS and submits it', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.goto(`/console/#/beneficiaries/${fileId}/show`);
  await page.getByRole('heading', { level: 1, name: 'SOUBEYRAND Anaïs' }).waitFor();
  await page.getByRole('tab', { name: 'CER' }).click();
  await page.getByRole('button', { name: 'Nouveau CER' }).click();
  const create = dialogNamed(page, 'Nouveau CER');
  await create.getByLabel('Situation actuelle et actions').fill('Recherche un emploi dans la logistique.');
  await create.getByRole('button', { name: 'Créer le CER' }).click();
  await page.getByText('CER créé (proposition).').first().waitFor();
  await page.getByRole('heading', { level: 1, name: /^CER n° 1$/ }).waitFor();
  cerId = Number(/#\/cers\/(\d+)\/show/.exec(page.url())?.[1]);
  expect(cerId).toBeGreaterThan(0);

  for (const objective of OBJECTIVES) await addObjective(page, objective);

  await page.getByRole('button', { name: 'Faire signer par SMS' }).click();
  const codeDialog = dialogNamed(page, 'Code de signature');
  // The code goes once the document is frozen (a LibreOffice conversion where it is installed).
  await codeDialog.waitFor({ timeout: 120_000 });
  await codeDialog.getByLabel(/Code reçu par SMS/).fill(await latestSmsCode());
  await codeDialog.getByRole('button', { name: 'Signer' }).click();
  await page.getByText('Document signé.').first().waitFor();
  await page.getByText(/Signature : signé le/).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'cer-signed');

  await page.getByRole('button', { name: 'Soumettre à étude' }).click();
  await dialogNamed(page, /^Soumettre à étude/).getByRole('button', { name: 'Confirmer' }).click();
  await page.getByText('Soumis à étude').first().waitFor();
  await page.getByRole('table', { name: 'Historique du CER' }).getByRole('cell', { name: 'Soumis à étude' }).waitFor();
  await context.close();
});

test('the secretariat sends it to commission', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.secretariat.login, PASSWORD);
  await page.goto(`/console/#/cers/${cerId}/show`);
  await page.getByRole('heading', { level: 1, name: /^CER n° 1$/ }).waitFor();
  await page.getByRole('button', { name: 'Passer en commission' }).click();
  await dialogNamed(page, /^Passer en commission/).getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('table', { name: 'Historique du CER' }).getByRole('cell', { name: 'Étude en commission' }).waitFor();
  await context.close();
});

test('the cadre validates it with a shorter end date and downloads the « décision valide » document', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.cadre.login, PASSWORD);
  await page.goto(`/console/#/cers/${cerId}/show`);
  await page.getByRole('heading', { level: 1, name: /^CER n° 1$/ }).waitFor();
  await page.getByRole('button', { name: 'Valider', exact: true }).click();
  const dialog = dialogNamed(page, /^Valider le CER/);
  await dialog.getByLabel(/Date de validation/).fill(today);
  await dialog.getByLabel(/Décision commentée/).fill(DECISION);
  await dialog.getByLabel(/Fin du contrat/).fill(shorterEnd);
  await dialog.getByRole('button', { name: 'Confirmer' }).click();
  const history = page.getByRole('table', { name: 'Historique du CER' });
  await history.getByRole('cell', { name: 'Validé' }).waitFor();
  await page.getByText(formatDate(shorterEnd)).first().waitFor();
  await snapshot(page, 'cer-validated');

  // A validated CER proposes the « décision valide » template.
  await page.getByRole('combobox', { name: /Modèle/ }).filter({ hasText: 'CER décision valide' }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger (.docx)' }).click()]);
  const file = await download.path();
  const text = extractDocxText(fs.readFileSync(file));
  expect(text).toMatch(/SOUBEYRAND/);
  expect(text).toMatch(/Anaïs/);
  for (const objective of OBJECTIVES) expect(text).toContain(objective);
  expect(text).toContain(DECISION);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await context.close();
});

test('the cadre finds it in the « CER validés » report, dates as jj/mm/aaaa', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.cadre.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Rapports' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rapports' }).waitFor();
  await page.getByRole('combobox', { name: /^Rapport/ }).click();
  await page.getByRole('option', { name: 'CER : CER validés' }).click();
  await page.getByLabel('Du', { exact: true }).waitFor();
  const row = page.getByRole('table', { name: 'CER validés' }).getByRole('row').filter({ hasText: 'SOUBEYRAND' });
  await row.getByRole('cell', { name: formatDate(shorterEnd) }).waitFor();
  expect(await row.getByRole('cell', { name: formatDate(today) }).count()).toBeGreaterThan(0);
  await row.getByRole('cell', { name: 'Validé', exact: true }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'report-cer-validated');
  await context.close();
});

test('the siège reads the CER but is offered no document to generate (the server says so)', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.siege.login, PASSWORD);
  await page.goto(`/console/#/cers/${cerId}/show`);
  await page.getByRole('heading', { level: 1, name: /^CER n° 1$/ }).waitFor();
  await page.getByRole('table', { name: 'Historique du CER' }).waitFor();
  expect(await page.getByRole('button', { name: 'Télécharger (.docx)' }).count()).toBe(0);
  expect(await page.getByRole('combobox', { name: /Modèle/ }).count()).toBe(0);
  await context.close();
});
