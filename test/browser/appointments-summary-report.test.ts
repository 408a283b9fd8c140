// Issue 11, A8 in the browser: the référent reads the last and next appointment and the no-show
// count on the file's Résumé; the secretariat opens « Rendez-vous par collaborateur » in Rapports,
// sees the counts and the réalisation rate, and exports it to Excel (read back). "Now" is pinned on
// the server (APP_NOW) and in the page.
import ExcelJS from 'exceljs';
import { loginAs, newContext, snapshot, waitUntil } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS, referentCaller, soubeyrand } from './support/seed';

const NOW = '2027-03-01T07:00:00.000Z'; // Monday 1 March 2027, 08:00 in Paris
let ctx: ConsoleApp;
let fileId: number;

beforeAll(async () => {
  process.env.APP_NOW = NOW;
  ctx = await startConsoleApp();
  fileId = (await soubeyrand(ctx.app)).id;
  const user = await referentCaller(ctx.app);
  const service = ctx.app.strapi.plugin('appointments').service('appointments');
  const book = (start: string) =>
    service.create(user, { beneficiary: fileId, type: 'Entretien individuel référent', theme: 'Suivi de parcours', place: 'DTAS Nord – Annonay', start, duration: 30 }) as Promise<{ id: number }>;
  // History is written as it would have been: booked, then moved into February and its réalisation entered.
  const past: Array<[string, string]> = [
    ['2027-02-08T09:00', 'honore'],
    ['2027-02-15T09:00', 'absence_non_justifiee'],
    ['2027-02-22T09:00', 'absence_non_justifiee'],
    ['2027-02-24T09:00', 'annule_referent'],
  ];
  for (const [i, [start, status]] of past.entries()) {
    const { id } = await book(`2027-03-1${i}T14:00`);
    const startsAt = new Date(`${start}:00+01:00`);
    await ctx.app.strapi.db.connection('appointments').where({ id }).update({ start_local: start, starts_at: startsAt, ends_at: new Date(startsAt.getTime() + 1_800_000), status });
  }
  await book('2027-03-04T09:30');
});
afterAll(async () => {
  delete process.env.APP_NOW;
  await ctx?.stop();
});

test('the Résumé shows the last and next appointment and the no-show count', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.goto(`/console/#/beneficiaries/${fileId}/show`);
  const block = page.getByRole('region', { name: 'Entretiens' });
  await block.getByText('Absences non justifiées').waitFor();
  const value = (term: string) => block.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').textContent();
  expect(await value('Dernier rendez-vous')).toMatch(/^22\/02\/2027 à 09:00 — Entretien individuel référent — Absence non justifiée, Djilali TEYSSIER$/);
  expect(await value('Prochain rendez-vous')).toMatch(/^04\/03\/2027 à 09:30 — Entretien individuel référent — Prévu, Djilali TEYSSIER$/);
  expect(await value('Absences non justifiées')).toBe('2');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await block.scrollIntoViewIfNeeded();
  await snapshot(page, 'resume-appointments');
  await context.close();
});

// The page sends no period: the server's default (the last 30 days) ends on its own "today", which
// follows APP_NOW (it ran on the machine's date before, and the row never appeared).
test('a secretariat reads « Rendez-vous par collaborateur » and exports it', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  await loginAs(page, USERS.secretariat.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Rapports' }).click();
  await page.getByRole('heading', { level: 1, name: 'Rapports' }).waitFor();
  await page.getByRole('combobox', { name: /^Rapport/ }).click();
  await page.getByRole('option').filter({ hasText: /Rendez-vous par collaborateur/ }).first().click();
  const table = page.getByRole('table', { name: 'Rendez-vous par collaborateur' });
  // Default period: the last 30 days (31 January – 1 March 2027), shown in the form: the four February appointments.
  await waitUntil(() => page.getByLabel('Du', { exact: true }).inputValue(), (v) => v === '2027-01-31');
  expect(await page.getByLabel('Au', { exact: true }).inputValue()).toBe('2027-03-01');
  const row = table.getByRole('row').filter({ hasText: 'Djilali TEYSSIER' });
  await row.waitFor();
  const cells = (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
  // Structure, collaborator, total, the six statuses, due, réalisation %, no-show %.
  expect(cells.slice(1)).toEqual(['Djilali TEYSSIER', '4', '0', '1', '0', '2', '1', '0', '3', '33,3', '66,7']);
  // Its 13 columns scroll inside the report's own frame on a 1,366-pixel screen, not the page.
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  const frame = page.getByRole('region', { name: 'Rendez-vous par collaborateur' });
  await frame.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  await waitUntil(() => frame.evaluate((el) => el.scrollLeft), (left) => left > 0);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await snapshot(page, 'report-appointments-by-collaborator');
  // The collaborator picker offers whoever may hold appointments, a secretariat too.
  await page.getByRole('combobox', { name: 'Collaborateur', exact: true }).fill('Sophie');
  await page.getByRole('option', { name: /Sophie SECRÉTARIAT/ }).waitFor();
  await page.keyboard.press('Escape');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporter (Excel)' }).click()]);
  expect(download.suggestedFilename()).toBe('rendez-vous-par-collaborateur-2027-03-01.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const excelRow = sheet.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(header.indexOf('Collaborateur') + 1).value === 'Djilali TEYSSIER');
  expect(excelRow?.getCell(header.indexOf('Taux de réalisation (%)') + 1).value).toBe(33.3);
  await context.close();
});
