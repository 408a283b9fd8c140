// Issue 5, the whole life of a CER in the browser: the référent creates it from the file's CER
// tab, edits it, adds, edits and deletes objectives, reads the exact document with the person
// before the SMS code is sent (read back from the outbox), and submits it after the warning that
// it is irreversible; the secretariat sends it to commission; the cadre validates it with a
// shorter end date, « Décision du Département » and « Note pour le référent », and downloads the
// « décision valide » document, whose text is checked; the référent reads the decision and the
// note, and the file's frise names who moved the CER and opens it (issue 10).
import fs from 'fs';
import type { Page } from 'playwright-core';
import { loginAs, newContext, snapshot, waitForCount } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS, soubeyrand } from './support/seed';
import { formatDate, lastDayOfMonth, todayInParis } from '@rsa/vocabulary';
import { extractDocxText } from '../../plugins/cer/domain/documents/extract-docx-text';

let ctx: ConsoleApp;
let fileId: number;
let cerId: number;
const today = todayInParis();
const shorterEnd = lastDayOfMonth(today, 3);
const OBJECTIVES = ['Trouver une formation de cariste', 'Ouvrir les droits à la complémentaire santé'];
const DECISION = 'Contrat validé pour trois mois, bilan à mi-parcours.';
const DEPARTMENT_DECISION = 'CER validé par le Département';
const REFERENT_NOTE = 'Prévoir un point sur la formation cariste en juin.';
const EVALUATION = 'Démarches régulières, mobilité à travailler.';

beforeAll(async () => {
  ctx = await startConsoleApp();
  fileId = (await soubeyrand(ctx.app)).id;
  await ctx.app.strapi.db.connection.raw('UPDATE beneficiaries SET phone = ? WHERE id = ?', ['+33612345678', fileId]);
});
afterAll(async () => ctx?.stop());

const dialogNamed = (page: Page, name: string | RegExp) => page.getByRole('dialog', { name });

const addObjective = async (page: Page, description: string) => {
  await page.getByRole('button', { name: 'Ajouter un objectif' }).click();
  const dialog = dialogNamed(page, 'Ajouter un objectif');
  await dialog.getByRole('combobox', { name: /Thème/ }).click();
  await page.getByRole('option').first().click();
  await dialog.getByLabel(/Description/).fill(description);
  await dialog.getByRole('button', { name: 'Ajouter un objectif' }).click();
  await page.getByText('Objectif ajouté.').first().waitFor();
  await page.getByRole('table', { name: 'Objectifs du CER' }).getByRole('cell', { name: description }).waitFor();
};

const smsCount = async (): Promise<number> => ((await ctx.app.strapi.db.connection('sms_messages').count({ n: '*' })) as Array<{ n: number | string }>).map((r) => Number(r.n))[0];

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

  // The fields the server allows in proposition, in a react-admin form.
  await page.getByRole('link', { name: 'Modifier le CER' }).click();
  await page.getByRole('heading', { level: 1, name: 'Modifier le CER n° 1' }).waitFor();
  await page.getByLabel('Évaluation commune').fill(EVALUATION);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'cer-edit');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('heading', { level: 1, name: /^CER n° 1$/ }).waitFor();
  await page.getByText(EVALUATION).waitFor();

  // Objectives: added, one edited, one deleted.
  await addObjective(page, OBJECTIVES[0]);
  await addObjective(page, 'Objectif provisoire');
  const objectives = page.getByRole('table', { name: 'Objectifs du CER' });
  const provisional = objectives.getByRole('row').filter({ hasText: 'Objectif provisoire' });
  await provisional.getByRole('button', { name: /^Modifier l’objectif/ }).click();
  const editDialog = page.getByRole('dialog', { name: /^Modifier l’objectif/ });
  await editDialog.getByLabel(/Description/).fill(OBJECTIVES[1]);
  await editDialog.getByRole('button', { name: 'Modifier l’objectif' }).click();
  await objectives.getByRole('cell', { name: OBJECTIVES[1] }).waitFor();
  await addObjective(page, 'Objectif à retirer');
  await objectives.getByRole('row').filter({ hasText: 'Objectif à retirer' }).getByRole('button', { name: /^Supprimer l’objectif/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Supprimer l’objectif' }).click();
  await page.getByText('Objectif supprimé.').first().waitFor();
  await waitForCount(objectives.getByRole('cell', { name: 'Objectif à retirer' }), 0);

  // The exact document, read with the person, before any SMS.
  const smsBefore = await smsCount();
  await page.getByRole('button', { name: 'Faire signer par SMS' }).click();
  const preview = dialogNamed(page, 'Document à faire signer');
  const document = preview.getByRole('document', { name: 'Texte du document CER sans décision' });
  await document.getByText(/Recherche un emploi dans la logistique/).waitFor();
  expect(await document.textContent()).toContain(OBJECTIVES[1]);
  expect(await smsCount()).toBe(smsBefore);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'cer-signature-preview');
  const send = preview.getByRole('button', { name: 'Envoyer le code par SMS' });
  expect(await send.isDisabled()).toBe(true);
  await preview.getByLabel('J’ai montré ce document au bénéficiaire').check();
  await send.click();
  const codeDialog = dialogNamed(page, 'Code de signature');
  // The code goes once the document is frozen (a LibreOffice conversion where it is installed).
  await codeDialog.waitFor({ timeout: 120_000 });
  await codeDialog.getByLabel(/Code reçu par SMS/).fill(await latestSmsCode());
  await codeDialog.getByRole('button', { name: 'Signer' }).click();
  // Signing converts the document to PDF (LibreOffice): generous on a loaded machine; a refusal
  // shows the server's sentence, which the assertion then prints.
  const notice = page.locator('.MuiSnackbarContent-message').filter({ hasText: /\S/ }).last();
  await page.getByText('Document signé.').or(page.getByRole('alert').filter({ hasText: /code|CER|signature/i })).first().waitFor({ timeout: 120_000 });
  if ((await page.getByText('Document signé.').count()) === 0) expect(await notice.textContent()).toBe('Document signé.');
  await page.getByText(/Signature : signé le/).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'cer-signed');

  await page.getByRole('button', { name: 'Soumettre à étude' }).click();
  const submit = dialogNamed(page, /^Soumettre à étude/);
  await submit.getByRole('alert').filter({ hasText: 'vous ne pourrez plus le modifier ni revenir en arrière' }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'cer-submit-warning');
  await submit.getByRole('button', { name: 'Confirmer' }).click();
  await page.getByText('Soumis à étude').first().waitFor();
  await page.getByRole('table', { name: 'Historique du CER' }).getByRole('cell', { name: 'Soumis à étude' }).waitFor();
  await context.close();
}, 300_000);

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
  await dialog.getByLabel('Décision du Département').fill(DEPARTMENT_DECISION);
  await dialog.getByLabel('Note pour le référent').fill(REFERENT_NOTE);
  await dialog.getByLabel(/Fin du contrat/).fill(shorterEnd);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'cer-decision-dialog');
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

test('the référent reads the Département’s decision and the note; the frise names who moved the CER and opens it', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.goto(`/console/#/cers/${cerId}/show`);
  const contract = page.getByRole('region', { name: 'Contrat' });
  await contract.getByText(DEPARTMENT_DECISION).waitFor();
  await contract.getByText(REFERENT_NOTE).waitFor();
  await contract.getByText('Note pour le référent').waitFor();
  // No edit for the référent any more (the server's flag), names in the history.
  expect(await page.getByRole('link', { name: 'Modifier le CER' }).count()).toBe(0);
  const history = page.getByRole('table', { name: 'Historique du CER' });
  await history.getByRole('cell', { name: USERS.cadre.name }).waitFor();
  expect(await history.getByRole('cell', { name: USERS.cadre.login }).count()).toBe(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'cer-decision-read-by-referent');

  await page.goto(`/console/#/beneficiaries/${fileId}/show`);
  await page.getByRole('heading', { level: 1, name: 'SOUBEYRAND Anaïs' }).waitFor();
  await page.getByRole('tab', { name: 'Frise' }).click();
  const frise = page.getByRole('list', { name: 'Frise du dossier' });
  const validated = frise.getByRole('button').filter({ hasText: /CER n° 1 : CER validé|CER n° 1 : Validé/ }).first();
  await validated.getByText(`par ${USERS.cadre.name}`).waitFor();
  expect(await frise.getByText(USERS.cadre.login, { exact: false }).count()).toBe(0);
  await snapshot(page, 'file-frise-names');
  await validated.click();
  await page.getByRole('heading', { level: 1, name: /^CER n° 1$/ }).waitFor();

  await page.goto(`/console/#/beneficiaries/${fileId}/show`);
  await page.getByRole('tab', { name: 'Données annexes' }).click();
  await page.getByRole('heading', { level: 2, name: 'Métiers souhaités' }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.getByRole('tab', { name: 'Historique des caractéristiques' }).click();
  await page.getByRole('table', { name: 'Historique des caractéristiques' }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'file-characteristics-history');
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
