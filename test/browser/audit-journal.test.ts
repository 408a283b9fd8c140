// FEATURES P5 / issue 10 in the browser: a référent opens a file; the cadre of the territory opens
// « Journal d'accès » from the menu, filters it by collaborator, file number and kind of action,
// and reads the entry (time in Paris, French labels); axe finds nothing serious or critical.
// A secretariat has no such menu entry, and the server refuses them the journal. And (issue 8)
// a name typed in the beneficiary search never travels in a request URL.
import { login } from '../support/http';
import { loginAs, newContext, snapshot, waitUntil } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS, soubeyrand } from './support/seed';

let ctx: ConsoleApp;
let file: { id: number; fileNumber: string };

beforeAll(async () => {
  ctx = await startConsoleApp();
  file = await soubeyrand(ctx.app);
  // The référent reads the file: the journal has something to show.
  const token = await login(ctx.baseUrl, USERS.referent.login, PASSWORD);
  const read = await fetch(`${ctx.baseUrl}/api/console/beneficiaries/${file.id}`, { headers: { Authorization: `Bearer ${token}` } });
  expect(read.status).toBe(200);
});
afterAll(async () => ctx?.stop());

test('a cadre opens the journal d’accès and filters it', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.cadre.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Journal d’accès' }).click();
  const table = page.getByRole('table');
  await table.getByRole('columnheader', { name: 'Date et heure' }).waitFor();
  await table.getByRole('row').nth(1).waitFor();

  // Collaborator: typed, then picked from the server's directory.
  const collaborator = page.getByRole('combobox', { name: 'Collaborateur' });
  await collaborator.click();
  await collaborator.fill('Djilali');
  await page.getByRole('option', { name: `Djilali TEYSSIER (${USERS.referent.login})` }).click();
  await page.getByLabel('N° dossier').fill(file.fileNumber);
  await page.getByRole('combobox', { name: 'Action' }).click();
  await page.getByRole('option', { name: 'Lecture' }).click();

  const row = table.getByRole('row').filter({ hasText: 'Lecture – dossier (résumé)' }).first();
  await row.waitFor();
  await row.getByRole('link', { name: file.fileNumber }).waitFor();
  await row.getByText(`Djilali TEYSSIER (${USERS.referent.login})`).waitFor();
  const today = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
  expect(await row.textContent()).toContain(`${today} à `);
  // Every row answers the three filters, once the last filter's debounced query has come back.
  const rows = await waitUntil(
    () => table.getByRole('row').allTextContents().then((all) => all.slice(1)),
    (all) => all.length > 0 && all.every((text) => text.includes(file.fileNumber) && text.includes('Lecture – ') && text.includes(USERS.referent.login)),
  );
  expect(rows.length).toBeGreaterThan(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'audit-journal-filtered');
  await context.close();
});

test('a secretariat has no journal in the menu, and the server refuses it', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await loginAs(page, USERS.secretariat.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Bénéficiaires' }).waitFor();
  expect(await page.getByRole('menuitem', { name: 'Journal d’accès' }).count()).toBe(0);
  const token = await login(ctx.baseUrl, USERS.secretariat.login, PASSWORD);
  const res = await fetch(`${ctx.baseUrl}/api/console/audit-entries`, { headers: { Authorization: `Bearer ${token}` } });
  expect(res.status).toBe(403);
  await context.close();
});

test('a surname searched in the list travels in a POST body, never in a URL', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  const requests: Array<{ method: string; url: string; body: string | null }> = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), body: r.postData() }));
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Bénéficiaires' }).click();
  await page.getByRole('table').getByRole('row').nth(1).waitFor();
  const searched = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/api/console/beneficiary-searches'));
  await page.getByLabel('Rechercher (nom, prénom, n° dossier, n° CAF)').fill('soubeyrand');
  expect((await searched).status()).toBe(200);
  await page.getByRole('table').getByRole('link', { name: file.fileNumber }).waitFor();
  await page.getByRole('table').getByRole('cell', { name: 'SOUBEYRAND' }).first().waitFor();
  const api = requests.filter((r) => r.url.includes('/api/console/'));
  expect(api.some((r) => r.method === 'POST' && r.url.endsWith('/api/console/beneficiary-searches') && (r.body ?? '').includes('soubeyrand'))).toBe(true);
  for (const r of api) expect(decodeURIComponent(r.url).toLowerCase()).not.toContain('soubeyrand');
  await context.close();
});
