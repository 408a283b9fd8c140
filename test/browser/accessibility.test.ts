// The login page, each profile's home page, every screen its menu reaches and each tab of a file
// pass axe with no serious or critical violation; a dialog keeps the keyboard inside it and
// closes with Escape.
import { loginAs, newContext, snapshot } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS } from './support/seed';
import { sweepConsole } from './support/screen-sweep';

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

// Routes swept so far in this file: the profiles' menus overlap, each screen is checked once.
const seen = new Set<string>();

test.each([['referent'], ['secretariat'], ['cadre'], ['siege']] as const)(
  'every screen the menu of a %s reaches, and each tab of a file, is accessible',
  async (who) => {
    const context = await newContext(ctx.browser, ctx.baseUrl);
    const page = await context.newPage();
    await loginAs(page, USERS[who].login, PASSWORD);
    // A file's tabs are the same screens for every profile (their buttons differ): the référent's
    // are swept, which keeps the sweep within a loaded machine's minutes.
    const fileTabs = who === 'referent';
    const findings = await sweepConsole(page, (name) => snapshot(page, `sweep-${who}-${name}`), { fileTabs, seen });
    expect(findings.filter((f) => f.problems.length > 0)).toEqual([]);
    await context.close();
  },
  600_000,
);

test('a dialog keeps the focus inside it and closes with Escape', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.goto('/console/#/beneficiaries');
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('tab', { name: 'CER' }).click();
  await page.getByRole('button', { name: 'Nouveau CER' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau CER' });
  await dialog.waitFor();
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab');
    // A string: the test project's TypeScript has no DOM library.
    expect(await page.evaluate<boolean>(`document.querySelector('[role="dialog"]')?.contains(document.activeElement) === true`)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await context.close();
});
