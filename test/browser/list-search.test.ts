// Issue 10 in the browser (F2, F3, F13): a référent filters the beneficiary list by a
// characteristic facet (the CMS catalogue's values), saves the search, finds it again after a
// reload and reapplies it, ticks files and exports them to Excel (read back), saves them as a
// named selection; then finds a file with the global search bar (opening it by keyboard: the
// component test GlobalSearchBar.test.tsx). Names never
// travel in a request URL; axe finds nothing serious on the list, its dialogs and the search bar.
import ExcelJS from 'exceljs';
import { login } from '../support/http';
import { loginAs, newContext, snapshot, waitForCount, waitUntil } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS } from './support/seed';

let ctx: ConsoleApp;
let token: string;
// The facet chosen: a value of « Etat du droit » held by some of the référent's files.
let facet: { family: string; name: string; value: string; label: string; files: string[] };

const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
  const res = await fetch(`${ctx.baseUrl}/api/console${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
  return (await res.json()) as T;
};

beforeAll(async () => {
  ctx = await startConsoleApp();
  token = await login(ctx.baseUrl, USERS.referent.login, PASSWORD);
  const definitions = await api<Array<{ family: string; name: string; values: Array<{ code: string; label: string }> | null }>>('GET', '/characteristic-definitions?range=[0,499]');
  const etat = definitions.find((d) => d.name === 'Etat du droit');
  if (!etat?.values) throw new Error('catalogue sans « Etat du droit »');
  const all = await api<Array<{ fileNumber: string }>>('POST', '/beneficiary-searches', { filter: {}, range: [0, 99] });
  const candidates: Array<typeof facet> = [];
  for (const v of etat.values) {
    const rows = await api<Array<{ fileNumber: string }>>('POST', '/beneficiary-searches', { filter: { characteristic: [{ family: etat.family, name: etat.name, value: v.code }] }, range: [0, 99] });
    if (rows.length > 0) candidates.push({ family: etat.family, name: etat.name, value: v.code, label: v.label, files: rows.map((r) => r.fileNumber).sort() });
  }
  // A value that narrows the list when there is one.
  facet = candidates.find((c) => c.files.length < all.length) ?? candidates[0];
  if (!facet) throw new Error('aucune valeur de « Etat du droit » dans la file active du référent');
});
afterAll(async () => ctx?.stop());

test('facet, saved search after reload, selection export, global search bar', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Bénéficiaires' }).click();
  const table = page.getByRole('table');
  await table.getByRole('row').nth(1).waitFor();
  const fileNumbers = () => table.locator('tbody tr td:nth-child(2)').allTextContents().then((all) => all.map((t) => t.trim()).sort());

  // The characteristic facet, from the catalogue.
  await page.getByRole('button', { name: 'Ajouter un filtre' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'Caractéristiques' }).click();
  const characteristic = page.getByRole('combobox', { name: 'Caractéristique 1' });
  await characteristic.click();
  await characteristic.fill('Etat du');
  await page.getByRole('option', { name: facet.name, exact: true }).click();
  await page.getByRole('combobox', { name: 'Valeur 1' }).click();
  await page.getByRole('option', { name: facet.label, exact: true }).click();
  await waitUntil(fileNumbers, (shown) => JSON.stringify(shown) === JSON.stringify(facet.files), 20_000);
  await waitForCount(page.getByRole('progressbar'), 0, 30_000); // no loading spinner caught mid-refresh
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'list-characteristic-facet');

  // Saved under a name.
  await page.getByRole('button', { name: 'Enregistrer la recherche…' }).click();
  const save = page.getByRole('dialog', { name: 'Enregistrer la recherche' });
  await save.getByRole('textbox', { name: /Nom de la recherche/ }).fill('État du droit – test');
  await save.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Recherche « État du droit – test » enregistrée.').waitFor();

  // After a reload, on the whole list again, the saved search comes back.
  await page.reload();
  await page.goto('/console/#/beneficiaries?filter=%7B%7D');
  await waitUntil(fileNumbers, (shown) => shown.length > facet.files.length || facet.files.length === shown.length, 20_000);
  await page.getByRole('button', { name: 'Recherches', exact: true }).click();
  const searches = page.getByRole('dialog', { name: 'Recherches' });
  await searches.getByText(`Caractéristique : ${facet.name} = ${facet.label}`).first().waitFor();
  await waitForCount(page.getByRole('progressbar'), 0, 30_000); // no loading spinner caught mid-refresh
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'list-saved-searches');
  await searches.getByRole('button', { name: /^État du droit – test/ }).click();
  await waitUntil(fileNumbers, (shown) => JSON.stringify(shown) === JSON.stringify(facet.files), 20_000);

  // Tick every file shown, export them (read back), save them as a selection.
  await table.getByRole('checkbox').first().check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter (Excel)', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^beneficiaires-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await file.path());
  const exported = book.worksheets[0].getColumn(1).values.slice(2).map(String).sort();
  expect(exported).toEqual(facet.files);
  await snapshot(page, 'list-selection-bulk');
  await page.getByRole('button', { name: 'Enregistrer la sélection' }).click();
  const named = page.getByRole('dialog', { name: 'Enregistrer la sélection' });
  await named.getByRole('textbox', { name: /Nom de la sélection/ }).fill('Atelier collectif');
  await named.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText(/^Sélection « Atelier collectif » enregistrée/).waitFor();
  const selections = await api<Array<{ id: number; name: string; count: number }>>('GET', '/file-selections');
  expect(selections.map((s) => [s.name, s.count])).toEqual([['Atelier collectif', facet.files.length]]);

  // The global search bar: typed, arrows, Enter opens the file.
  const target = await api<{ lastName: string; firstName: string }>('GET', `/beneficiaries/${(await api<Array<{ id: number }>>('POST', '/beneficiary-searches', { filter: { q: 'soubeyrand' }, range: [0, 0] }))[0].id}`);
  const bar = page.getByRole('combobox', { name: 'Recherche globale (dossiers, notes)' });
  await bar.click();
  await bar.fill('soubeyrand');
  const results = page.getByRole('listbox', { name: 'Résultats de la recherche' });
  await results.getByRole('option').first().waitFor();
  await results.getByText('Dossiers', { exact: true }).waitFor();
  await waitForCount(page.getByRole('progressbar'), 0, 30_000); // no loading spinner caught mid-refresh
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'global-search-results');
  await results.getByRole('option', { name: new RegExp(`^${target.lastName} ${target.firstName}`) }).first().waitFor();

  // Names typed travelled in bodies only.
  for (const url of requests) expect(decodeURIComponent(url).toLowerCase()).not.toContain('soubeyrand');
  await context.close();
  // About a minute on an idle machine; generous for a loaded CI.
}, 300_000);
