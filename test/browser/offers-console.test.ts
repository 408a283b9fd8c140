// O4 in the browser: a référent positions a file on an offer from its « Étapes » tab; the
// operator of the offer answers it in their console (« Positionnements »), sees it in étape on
// « Mes offres » with the fill rate, and then opens the person's file (access while the étape is
// in progress). Axe finds nothing serious on the screens; screenshots when SCREENSHOTS_DIR is set.
import { randomUUID } from 'crypto';
import type { Page } from 'playwright-core';
import { addDays, formatDate, todayInParis } from '@rsa/vocabulary';
import { loginAs, newContext, snapshot, waitUntil } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS } from './support/seed';

const OPERATOR = { login: 'operateur.cefora', name: 'Odile PERRIN', profiles: ['operateur'], structure: 'CEFORA', territory: 'CENTRE' };
const TITLE = 'Atelier CV et lettre de motivation';
const EVENT = 'Forum de l’emploi d’Annonay';
const today = todayInParis();
const plannedEnd = addDays(today, 30);

let ctx: ConsoleApp;

beforeAll(async () => {
  ctx = await startConsoleApp();
  await ctx.app.strapi.plugin('accounts').service('users').upsert({ ...OPERATOR, password: PASSWORD });
  const cefora = (await ctx.app.strapi.db.query('api::structure.structure').findOne({ where: { code: 'CEFORA' } })) as { id: number };
  await ctx.app.strapi.db.query('api::offer.offer').create({
    data: { documentId: randomUUID().replace(/-/g, '').slice(0, 24), publishedAt: new Date(), title: TITLE, operator: cefora.id, startDate: addDays(today, -30), endDate: addDays(today, 90), capacity: 4, active: true },
  });
  // An event today (presence may be confirmed), one place: the next registration is refused.
  await ctx.app.strapi.db.query('api::event.event').create({
    data: { documentId: randomUUID().replace(/-/g, '').slice(0, 24), publishedAt: new Date(), title: EVENT, type: 'forum_emploi', operator: cefora.id, date: today, place: 'Salle des fêtes', capacity: 1, active: true },
  });
  // Booting and importing the three sample feeds on a loaded machine.
}, 420_000);
afterAll(async () => ctx?.stop());

const expectNoSeriousAxe = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);

test('the référent positions a file on an offer from the file’s « Étapes » tab', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Offres de service' }).click();
  await page.getByRole('cell', { name: TITLE }).waitFor();
  await expectNoSeriousAxe(page);
  await snapshot(page, 'offers-catalogue-referent');

  await page.getByRole('menuitem', { name: 'Bénéficiaires' }).click();
  await page.getByLabel('Rechercher (nom, prénom, n° dossier, n° CAF)').fill('soubeyrand');
  const row = page.getByRole('row').filter({ hasText: 'SOUBEYRAND' });
  await waitUntil(() => row.count(), (n) => n === 1, 30_000);
  await row.getByRole('link').first().click();
  await page.getByRole('tab', { name: 'Étapes' }).click();
  await page.getByRole('button', { name: 'Positionner sur une offre' }).click();
  const dialog = page.getByRole('dialog', { name: 'Positionner sur une offre de service' });
  await dialog.getByRole('combobox', { name: 'Offre de service' }).click();
  await page.getByRole('option', { name: new RegExp(TITLE) }).click();
  await dialog.getByLabel('Début prévu').fill(today);
  await dialog.getByLabel('Fin prévue').fill(plannedEnd);
  await snapshot(page, 'offers-enrol-dialog');
  await dialog.getByRole('button', { name: 'Positionner' }).click();
  await page.getByText('Positionnement enregistré.').waitFor();
  const table = page.getByRole('table', { name: 'Étapes' });
  await table.getByRole('cell', { name: 'Positionné' }).waitFor();
  await table.getByRole('cell', { name: formatDate(plannedEnd) }).waitFor();

  // The file's events: registration from the file; the event is then full.
  await page.getByRole('button', { name: 'Inscrire à un événement' }).click();
  const eventDialog = page.getByRole('dialog', { name: 'Inscrire à un événement' });
  await eventDialog.getByRole('combobox', { name: 'Événement' }).click();
  await page.getByRole('option', { name: new RegExp(`${formatDate(today)} — ${EVENT}.*1 place restante`) }).click();
  await eventDialog.getByRole('button', { name: 'Inscrire' }).click();
  await page.getByText('Inscription enregistrée.').waitFor();
  await page.getByRole('table', { name: 'Événements' }).getByRole('cell', { name: EVENT, exact: true }).waitFor();
  await expectNoSeriousAxe(page);
  await snapshot(page, 'offers-file-etapes-referent');

  // The Résumé: the positionnement waiting, its prescripteur.
  await page.getByRole('tab', { name: 'Résumé' }).click();
  const current = page.getByRole('table', { name: 'Étapes en cours' });
  await current.getByRole('cell', { name: USERS.referent.name }).waitFor();
  await current.getByRole('cell', { name: 'Positionné' }).waitFor();

  // « Événements »: type, date jj/mm/aaaa, place, no place left; the event's page refuses a second person in French.
  await page.getByRole('menuitem', { name: 'Événements' }).click();
  const eventRow = page.getByRole('row').filter({ hasText: EVENT });
  await eventRow.getByRole('cell', { name: formatDate(today) }).waitFor({ timeout: 30_000 });
  await eventRow.getByRole('cell', { name: 'Forum emploi' }).waitFor();
  await expectNoSeriousAxe(page);
  await snapshot(page, 'offers-events-referent');
  await eventRow.getByRole('cell', { name: EVENT }).click();
  await page.getByRole('table', { name: 'Inscriptions' }).getByRole('cell', { name: 'SOUBEYRAND Anaïs', exact: true }).waitFor({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Inscrire une personne' }).click();
  const pick = page.getByRole('dialog', { name: `Inscrire une personne à « ${EVENT} »` });
  await pick.getByLabel('Personne').fill('soub');
  await page.getByRole('option', { name: /SOUBEYRAND/ }).click();
  await pick.getByRole('button', { name: 'Inscrire' }).click();
  await page.getByText(/déjà inscrite|complet/).waitFor();
  // The refusal leaves the dialog open (nothing was written): close it.
  await pick.getByRole('button', { name: 'Annuler' }).click();

  // « Alertes » lists the offers module's alerts.
  await page.getByRole('menuitem', { name: 'Alertes' }).click();
  await page.getByRole('cell', { name: 'Positionnements sans réponse depuis 10 jours', exact: true }).waitFor({ timeout: 30_000 });
  await page.getByRole('cell', { name: 'Étapes se terminant dans les 15 jours', exact: true }).waitFor();
  await context.close();
});

test('the operator answers in their console, sees the étape and the fill rate, then opens the file', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, OPERATOR.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Positionnements' }).click();
  await page.getByRole('cell', { name: 'SOUBEYRAND Anaïs', exact: true }).waitFor({ timeout: 30_000 });
  await expectNoSeriousAxe(page);
  await snapshot(page, 'offers-operator-to-answer');
  await page.getByRole('button', { name: new RegExp(`^Accepter : SOUBEYRAND .* — ${TITLE}$`) }).click();
  const dialog = page.getByRole('dialog', { name: 'Accepter le positionnement (début de l’étape)' });
  await dialog.getByLabel('Début réel').waitFor();
  // The operator names who follows the étape (their structure's opérateurs; themselves here).
  await dialog.getByRole('combobox', { name: /Collaborateur qui suit l’étape/ }).click();
  await page.getByRole('option', { name: OPERATOR.name }).click();
  await snapshot(page, 'offers-operator-accept-dialog');
  await dialog.getByRole('button', { name: 'Accepter' }).click();
  await page.getByText('Positionnement accepté : l’étape commence.').waitFor();

  await page.getByRole('menuitem', { name: 'Mes offres' }).click();
  const offerRow = page.getByRole('row').filter({ hasText: TITLE });
  await offerRow.getByRole('cell', { name: '25 %' }).waitFor({ timeout: 30_000 });
  await offerRow.getByRole('cell', { name: TITLE }).click();
  const enrolled = page.getByRole('table', { name: 'Positionnements et étapes de mes offres' });
  await enrolled.getByRole('cell', { name: 'En étape' }).waitFor({ timeout: 30_000 });
  await enrolled.getByRole('button', { name: /^Terminer : SOUBEYRAND/ }).waitFor();
  await expectNoSeriousAxe(page);
  await snapshot(page, 'offers-operator-offer');

  await enrolled.getByRole('link', { name: /SOUBEYRAND/ }).click();
  await page.getByRole('heading', { level: 1, name: /SOUBEYRAND/ }).waitFor({ timeout: 30_000 });
  await page.getByRole('tab', { name: 'Étapes' }).click();
  await page.getByRole('table', { name: 'Étapes' }).getByRole('cell', { name: 'En étape' }).waitFor();
  await snapshot(page, 'offers-operator-file');

  // The organiser confirms the presence at their event (today).
  await page.getByRole('menuitem', { name: 'Événements' }).click();
  await page.getByRole('row').filter({ hasText: EVENT }).getByRole('cell', { name: EVENT }).click({ timeout: 30_000 });
  const registrations = page.getByRole('table', { name: 'Inscriptions' });
  await registrations.getByRole('button', { name: new RegExp(`^Présent : SOUBEYRAND .* — ${EVENT}$`) }).click({ timeout: 30_000 });
  await page.getByText('Présence enregistrée.').waitFor();
  await registrations.getByRole('cell', { name: 'Présent', exact: true }).waitFor();
  await expectNoSeriousAxe(page);
  await snapshot(page, 'offers-operator-event');
  await context.close();
});
