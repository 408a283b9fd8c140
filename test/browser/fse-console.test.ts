// O6 in the browser: the gestionnaire FSE finds the operation, the participants with their red
// pastilles, the completeness; the référent FSE opens the convention from their questionnaires
// list, fills the entry questionnaire and sees it green. Axe finds nothing serious; screenshots
// when SCREENSHOTS_DIR is set.
import { randomUUID } from 'crypto';
import type { Page } from 'playwright-core';
import { addDays, todayInParis } from '@rsa/vocabulary';
import { loginAs, newContext, snapshot } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS } from './support/seed';
import { http, login } from '../support/http';

const GESTIONNAIRE = { login: 'gestionnaire.fse', name: 'Gaëlle FABRE', profiles: ['gestionnaire_fse'], structure: 'SIEGE', territory: 'CENTRE' };
const OPERATOR = { login: 'operateur.cefora', name: 'Odile PERRIN', profiles: ['operateur'], structure: 'CEFORA', territory: 'CENTRE' };
const REFERENT_FSE = { ...USERS.referent, profiles: ['referent_fse'] };
const OFFER = 'FSE Accompagnateurs emploi';
const today = todayInParis();

let ctx: ConsoleApp;

beforeAll(async () => {
  ctx = await startConsoleApp();
  const users = ctx.app.strapi.plugin('accounts').service('users');
  for (const u of [GESTIONNAIRE, OPERATOR, REFERENT_FSE]) await users.upsert({ ...u, profiles: [...u.profiles], password: PASSWORD });
  const cefora = (await ctx.app.strapi.db.query('api::structure.structure').findOne({ where: { code: 'CEFORA' } })) as { id: number };
  const offer = (await ctx.app.strapi.db.query('api::offer.offer').create({
    data: { documentId: randomUUID().replace(/-/g, '').slice(0, 24), publishedAt: new Date(), title: OFFER, operator: cefora.id, dispositif: 'fse', startDate: addDays(today, -60), endDate: addDays(today, 300), active: true },
  })) as { id: number };
  const api = async (who: string, method: string, path: string, body: unknown) => {
    const res = await http<{ id: number }>(ctx.baseUrl, method, `/api/console${path}`, { token: await login(ctx.baseUrl, who, PASSWORD), body });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  await api(GESTIONNAIRE.login, 'POST', '/fse-operations', { code: 'FSE-AE', name: 'Opération accompagnateurs emploi', start: addDays(today, -60), end: addDays(today, 300), operator: 'CEFORA', budgetLine: 'PO FSE+ 4.1', offers: [offer.id] });
  const file = (await ctx.app.strapi.db.connection.raw("SELECT id FROM beneficiaries WHERE last_name = 'SOUBEYRAND' AND first_name = 'Anaïs'")) as unknown;
  const beneficiary = Number((Array.isArray(file) ? file : (file as { rows: Array<{ id: number }> }).rows)[0].id);
  const p = await api(REFERENT_FSE.login, 'POST', '/enrolments', { beneficiary, offer: offer.id, plannedStart: addDays(today, -10), plannedEnd: addDays(today, 200) });
  await api(OPERATOR.login, 'POST', `/enrolments/${p.id}/transitions`, { to: 'etape', realStart: addDays(today, -10) });
}, 420_000);
afterAll(async () => ctx?.stop());

const expectNoSeriousAxe = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([]);

test('the gestionnaire FSE: operation, participants with red pastilles, completeness', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, GESTIONNAIRE.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Opérations FSE' }).click();
  await page.getByRole('cell', { name: 'Opération accompagnateurs emploi' }).waitFor();
  await expectNoSeriousAxe(page);
  await snapshot(page, 'fse-operations');
  await page.getByRole('menuitem', { name: 'Participants FSE' }).click();
  const row = page.getByRole('row').filter({ hasText: 'SOUBEYRAND' });
  await row.waitFor({ timeout: 30_000 });
  await row.getByLabel('Questionnaire d’entrée : À saisir').waitFor();
  await row.getByLabel('Questionnaire de sortie : Pas encore possible').waitFor();
  await expectNoSeriousAxe(page);
  await snapshot(page, 'fse-participants');
  await page.getByRole('menuitem', { name: 'Complétude FSE' }).click();
  await page.getByRole('cell', { name: 'FSE-AE — Opération accompagnateurs emploi' }).waitFor();
  await expectNoSeriousAxe(page);
  await snapshot(page, 'fse-completeness');
  await context.close();
});

test('the référent FSE fills the entry questionnaire of their file: green', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, REFERENT_FSE.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Questionnaires FSE' }).click();
  await page.getByRole('row').filter({ hasText: 'SOUBEYRAND' }).getByRole('cell', { name: 'SOUBEYRAND Anaïs' }).click();
  const entry = page.getByRole('region', { name: 'Questionnaire d’entrée' });
  await entry.waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
    await snapshot(page, 'fse-convention-failed');
    throw error;
  });
  await entry.getByRole('button', { name: 'Saisir — questionnaire d’entrée' }).click();
  // One input per question, found by its code (react-admin's ra-input-<source> class).
  const answer = async (code: string, choice: string) => entry.locator(`.ra-input-${code}`).getByRole('radio', { name: choice }).check();
  await answer('situation_emploi', 'Chômeur de longue durée (12 mois et plus)');
  await answer('niveau_etudes', 'Enseignement supérieur (CITE 5 à 8)');
  for (const code of ['handicap', 'ressortissant_pays_tiers', 'origine_etrangere', 'minorite', 'sans_domicile', 'zone_rurale']) await answer(code, 'Non');
  await entry.getByRole('checkbox', { name: 'Avec enfants à charge', exact: true }).check();
  await expectNoSeriousAxe(page);
  await snapshot(page, 'fse-questionnaire-form');
  await entry.getByRole('button', { name: 'Enregistrer le questionnaire' }).click();
  await page.getByText('Questionnaire enregistré').waitFor();
  await entry.getByLabel('Questionnaire d’entrée : Saisi').waitFor();
  await entry.getByText('Enseignement supérieur (CITE 5 à 8)').waitFor();
  await page.getByRole('region', { name: 'Questionnaire de sortie' }).getByText('Le questionnaire de sortie se saisit une fois la date de fin réelle de l’étape saisie.').waitFor();
  await expectNoSeriousAxe(page);
  await snapshot(page, 'fse-convention-referent');
  await context.close();
});
