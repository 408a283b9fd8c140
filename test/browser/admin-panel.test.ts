// The Strapi admin panel as a new functional admin sees it (issue 9 §4): French from the log-in
// page on, a collaborator's record without any password hash and with profile checkboxes, the
// first-login link shown once (no SMTP here), the reference lists by their French names, and
// the read-only audit trail.
import type { Page } from 'playwright-core';
import { launchBrowser, newContext, snapshot } from './support/browser';
import { ensureAdminPanelBuilt } from './support/admin-panel-build';
import { ADMIN_PASSWORD, createAdmin } from '../support/admin-http';
import { startTestApp, type TestApp } from '../support/test-app';
import type { Browser } from 'playwright-core';

const EMAIL = 'fanny@departement.test';
let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  ensureAdminPanelBuilt();
  app = await startTestApp({ PUBLIC_URL: 'https://rsa.departement.test' }, { serveAdminPanel: true });
  await createAdmin(app, EMAIL);
  await app.strapi.plugin('accounts').service('users').upsert({
    login: 'lea.nouvelle', name: 'Léa NOUVELLE', email: 'lea.nouvelle@departement.test', profiles: ['referent', 'cadre'], structure: 'DTAS-NORD', territory: 'NORD', password: 'Accompagnement-RSA-2026',
  });
  const audit = app.strapi.plugin('file-active').service('audit');
  const who = { id: 1, login: 'lea.nouvelle', name: 'Léa NOUVELLE', profiles: ['referent'], structureCode: 'DTAS-NORD', territoryCode: 'NORD' };
  await audit.record(who, 'read:file', 11);
  await audit.record(who, 'change:note', 11);
  await audit.record({ ...who, login: 'sec.nord', profiles: ['secretariat'] }, 'export:caseload', 12);
  browser = await launchBrowser();
}, 900_000);
afterAll(async () => {
  await browser?.close().catch(() => undefined);
  await app?.stop();
});

const logIn = async (page: Page) => {
  await page.goto('/admin/auth/login');
  await page.locator('input[name="email"]').fill(EMAIL);
  await page.locator('input[name="password"]').fill(ADMIN_PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Bonjour Fanny' }).waitFor();
};

test('the panel is in French, a collaborator has no password hash, profiles are checkboxes, the link is shown once', async () => {
  const context = await newContext(browser, app.baseUrl);
  const page = await context.newPage();
  await page.goto('/admin/auth/login');
  await page.getByRole('button', { name: 'Se connecter' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('fr');
  await snapshot(page, 'admin-0-connexion');
  await logIn(page);
  await snapshot(page, 'admin-1-accueil');

  const user = (await app.strapi.db.query('plugin::accounts.console-user').findOne({ where: { login: 'lea.nouvelle' } })) as { documentId: string };
  await page.goto(`/admin/content-manager/collection-types/plugin::accounts.console-user/${user.documentId}`);
  await page.getByLabel('Identifiant').waitFor();
  expect(await page.getByLabel('Identifiant').inputValue()).toBe('lea.nouvelle');
  await expect(page.getByText(/passwordHash|Hash/i).count()).resolves.toBe(0);
  await expect(page.locator('input[name="passwordHash"]').count()).resolves.toBe(0);
  expect(await page.getByRole('checkbox', { name: 'Cadre (chef de service, ALI)' }).getAttribute('aria-checked')).toBe('true');
  expect(await page.getByRole('checkbox', { name: 'Siège' }).getAttribute('aria-checked')).toBe('false');
  await page.getByRole('button', { name: 'Envoyer un lien de première connexion / de réinitialisation' }).click();
  const link = page.getByLabel('Lien de connexion');
  await link.waitFor();
  expect(await link.inputValue()).toMatch(/^https:\/\/rsa\.departement\.test\/console\/#\/mot-de-passe\/[A-Za-z0-9_-]+$/);
  await snapshot(page, 'admin-2-collaborateur');

  await page.goto('/admin/content-manager/collection-types/plugin::accounts.console-user');
  await page.getByRole('gridcell', { name: 'Référent, Cadre' }).waitFor();
  await snapshot(page, 'admin-2b-collaborateurs');
  await context.close();
});

test('reference lists by their French names, and the audit trail read-only', async () => {
  const context = await newContext(browser, app.baseUrl);
  const page = await context.newPage();
  await logIn(page);
  await page.getByRole('link', { name: 'Listes de référence' }).first().click();
  await page.getByRole('heading', { name: 'Listes de référence' }).waitFor();
  await snapshot(page, 'admin-3-listes');
  await page.getByRole('link', { name: 'Motifs de veille' }).click();
  await page.getByText('Hospitalisation / soins').waitFor();
  await expect(page.getByText('Agent d’entretien').count()).resolves.toBe(0);
  // The list column shows the list's French name, not its code.
  await expect(page.getByRole('gridcell', { name: 'Motifs de veille' }).count()).resolves.toBe(7);
  await expect(page.getByRole('gridcell', { name: 'standby_motif' }).count()).resolves.toBe(0);
  await snapshot(page, 'admin-4-motifs-de-veille');

  await page.goto('/admin/content-manager/collection-types/plugin::file-active.audit-entry');
  await page.getByText('export:caseload').waitFor();
  await expect(page.getByRole('link', { name: /Créer une (nouvelle )?entrée/ }).count()).resolves.toBe(0);
  await snapshot(page, 'admin-5-journal');
  await context.close();
});
