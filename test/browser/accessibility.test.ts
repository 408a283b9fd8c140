// The login page and each profile's home page pass axe with no serious or critical violation.
import { loginAs, newContext, snapshot } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS } from './support/seed';

let ctx: ConsoleApp;

beforeAll(async () => {
  ctx = await startConsoleApp();
});
afterAll(async () => ctx?.stop());

test('the login page is French and accessible', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await page.goto('/console/');
  await page.getByRole('heading', { level: 1, name: 'Connexion à la console' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  expect(await page.title()).toMatch(/Accompagnement RSA/);
  await page.getByLabel('Identifiant').waitFor();
  await page.getByRole('button', { name: 'Se connecter' }).waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'login');
  await context.close();
});

test('a wrong password shows the server’s French message', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await page.goto('/console/#/login');
  await page.getByLabel('Identifiant').fill(USERS.referent.login);
  await page.getByLabel('Mot de passe').first().fill('Pas-le-bon-mot-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('alert').filter({ hasText: 'Identifiant ou mot de passe incorrect.' }).first().waitFor();
  await context.close();
});

test.each([['referent'], ['secretariat'], ['cadre'], ['siege']] as const)('the home page of a %s is accessible', async (who) => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS[who].login, PASSWORD);
  await page.getByText(`Bonjour ${USERS[who].name}`).waitFor();
  await page.getByRole('menuitem', { name: 'Bénéficiaires' }).waitFor();
  // Wait for the cards to have their numbers, so axe sees the final page.
  await page.locator('[data-testid="caseload-count"]').waitFor();
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, `home-${who}`);
  await context.close();
});
