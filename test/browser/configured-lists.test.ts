// Configuration drives the product (issue 9, Done when): a functional admin logs into the Strapi
// admin panel, in French, and adds a veille motif to the reference list; a référent finds it in
// the console's « Ajouter une veille » dialog at once; a motif nobody listed is refused by the API.
import type { Page } from 'playwright-core';
import { http, login } from '../support/http';
import { loginAs, newContext, snapshot } from './support/browser';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS, soubeyrand } from './support/seed';

const ADMIN = { email: 'admin.fonctionnel@ardeche.fr', password: 'Admin-Fonctionnel-2026', firstname: 'Agnès', lastname: 'FONCTIONNELLE' };
const NEW_MOTIF = { code: 'peche_en_mer', label: 'Campagne de pêche en mer' };

let ctx: ConsoleApp;
let fileId: number;

beforeAll(async () => {
  ctx = await startConsoleApp({ adminPanel: true });
  const strapi = ctx.app.strapi;
  // A functional admin: an admin-panel account with the Editor role (content only, no settings),
  // French as preferred language.
  const editor = (await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } })) as { id: number } | null;
  if (!editor) throw new Error('rôle Éditeur introuvable');
  await strapi.service('admin::user').create({ ...ADMIN, isActive: true, roles: [editor.id], preferedLanguage: 'fr' });
  fileId = (await soubeyrand(ctx.app)).id;
  // May build the admin panel (about a minute) and the console before booting: more than the usual hook time.
}, 600_000);
afterAll(async () => ctx?.stop());

const adminLogin = async (page: Page) => {
  await page.goto('/admin/auth/login');
  await page.locator('input[name="email"]').fill(ADMIN.email);
  await page.locator('input[name="password"]').fill(ADMIN.password);
  await page.locator('button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });
};

test('a functional admin adds a veille motif in the admin panel; the référent picks it; an unlisted motif is refused', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  try {
    await adminLogin(page);
    // The panel speaks French.
    await page.getByRole('heading', { name: `Bonjour ${ADMIN.firstname}` }).waitFor({ timeout: 60_000 });
    await page.getByText('Bienvenue sur votre panneau d’administration').or(page.getByText("Bienvenue sur votre panneau d'administration")).first().waitFor();
    await snapshot(page, 'admin-home');

    await page.goto('/admin/content-manager/collection-types/api::reference-item.reference-item/create');
    await page.locator('input[name="code"]').waitFor({ timeout: 60_000 });
    // The list is chosen by its French name (the stored value stays the code standby_motif).
    await page.getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'Motifs de veille', exact: true }).click();
    await page.locator('input[name="code"]').fill(NEW_MOTIF.code);
    await page.locator('input[name="label"]').fill(NEW_MOTIF.label);
    await snapshot(page, 'admin-new-motif');
    await page.getByRole('button', { name: /^Enregistrer$/ }).click();
    await page.getByText('Sauvegardé').first().waitFor({ timeout: 30_000 });
    const stored = (await ctx.app.strapi.db
      .query('api::reference-item.reference-item')
      .findOne({ where: { list: 'standby_motif', code: NEW_MOTIF.code } })) as { label: string; active: boolean } | null;
    expect(stored).toMatchObject({ label: NEW_MOTIF.label, active: true });

    // The référent's console offers it at once.
    const consolePage = await context.newPage();
    await loginAs(consolePage, USERS.referent.login, PASSWORD);
    await consolePage.goto(`/console/#/beneficiaries/${fileId}/show`);
    await consolePage.getByRole('heading', { level: 1, name: 'SOUBEYRAND Anaïs' }).waitFor();
    await consolePage.getByRole('button', { name: 'Ajouter une veille' }).click();
    const dialog = consolePage.getByRole('dialog', { name: 'Ajouter une veille' });
    await dialog.getByRole('combobox', { name: /Motif/ }).click();
    await consolePage.getByRole('option', { name: NEW_MOTIF.label }).click();
    await snapshot(consolePage, 'console-new-motif');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await consolePage.getByText('Veille ajoutée : le dossier est en veille.').first().waitFor();
    const veille = (await ctx.app.strapi.db.connection.raw('SELECT motif FROM standbys WHERE beneficiary_id = ?', [fileId])) as unknown;
    const rows = Array.isArray(veille) ? veille : (veille as { rows: unknown[] }).rows;
    expect(rows).toEqual([{ motif: NEW_MOTIF.label }]);

    // A motif nobody listed is refused by the API, in French, and nothing is stored.
    const token = await login(ctx.baseUrl, USERS.referent.login, PASSWORD);
    const refused = await http<{ message: string }>(ctx.baseUrl, 'POST', '/api/console/standbys', {
      token,
      body: { beneficiary: fileId, start: '2026-12-01', end: null, motif: 'Parti pêcher' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/^« Parti pêcher » ne figure pas dans la liste « Motif de veille »\. Valeurs possibles : .*Campagne de pêche en mer/);
  } catch (error) {
    await snapshot(page, 'configured-lists-failure');
    // What the page offered, to adjust a selector after a Strapi upgrade.
    const buttons = await page.getByRole('button').allInnerTexts();
    const inputs = await page.locator('input, [role="combobox"]').evaluateAll((els) => els.map((e) => `${e.tagName}:${e.getAttribute('name') ?? ''}:${e.getAttribute('aria-label') ?? ''}`));
    throw new Error(`${(error as Error).message}\nURL : ${page.url()}\nBoutons : ${buttons.join(' | ')}\nChamps : ${inputs.join(' | ')}`, { cause: error });
  } finally {
    await context.close();
  }
});
