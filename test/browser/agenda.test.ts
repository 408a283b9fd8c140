// Issue 11 in the browser: the référent creates an appointment in the agenda (a slot chosen in the
// week view), meets the conflict warning and saves anyway, then — once the appointment has begun —
// writes the synthèse. "Now" is pinned on the server (APP_NOW) and in the page (clock), so the
// test never depends on the day it runs.
import fs from 'fs';
import type { Page } from 'playwright-core';
import { loginAs, newContext, waitUntil } from './support/browser';
import { seriousAxeViolations } from './support/axe';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS, soubeyrand, referentCaller } from './support/seed';

const SHOTS = process.env.SCREENSHOTS_DIR ?? '';
const NOW = '2027-03-01T07:00:00.000Z'; // Monday 1 March 2027, 08:00 in Paris
let ctx: ConsoleApp;
let fileId: number;

const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

beforeAll(async () => {
  process.env.APP_NOW = NOW;
  ctx = await startConsoleApp();
  fileId = (await soubeyrand(ctx.app)).id;
  // Already in the référent's agenda: Tuesday 10:45–11:30.
  await ctx.app.strapi.plugin('appointments').service('appointments').create(
    await referentCaller(ctx.app),
    { beneficiary: fileId, type: 'Entretien individuel référent', theme: 'Suivi de parcours', place: 'DTAS Nord – Annonay', start: '2027-03-02T10:45', duration: 45 },
  );
});
afterAll(async () => {
  delete process.env.APP_NOW;
  await ctx?.stop();
});

test('create an appointment in the agenda, meet the conflict, write the synthèse afterwards', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(NOW));
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Agenda' }).click();
  await page.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
  // The week of 1 March with the existing appointment.
  await page.locator('.fc-event', { hasText: 'SOUBEYRAND' }).first().waitFor();
  await shot(page, '1-agenda-week');
  expect(await seriousAxeViolations(page)).toEqual([]);

  // Choose Tuesday from 10:00 by dragging down over the slots (across the existing appointment).
  const column = page.locator('td.fc-timegrid-col[data-date="2027-03-02"]');
  const from = page.locator('td.fc-timegrid-slot-lane[data-time="10:00:00"]');
  const to = page.locator('td.fc-timegrid-slot-lane[data-time="11:00:00"]');
  const x = (await column.boundingBox())!.x + 10;
  const y1 = (await from.boundingBox())!.y + 5;
  const y2 = (await to.boundingBox())!.y + 5;
  await page.mouse.move(x, y1);
  await page.mouse.down();
  await page.mouse.move(x, (y1 + y2) / 2, { steps: 5 });
  await page.mouse.move(x, y2, { steps: 5 });
  await page.mouse.up();

  const form = page.getByRole('dialog', { name: 'Nouveau rendez-vous' });
  await form.waitFor();
  await form.getByLabel(/^Bénéficiaire/).fill('SOUBEYRAND');
  await page.getByRole('option', { name: /SOUBEYRAND/ }).first().click();
  for (const label of [/^Type d’entretien/, /^Thème/, /^Lieu/]) {
    await form.getByRole('combobox', { name: label }).click();
    await page.getByRole('option').nth(1).click();
  }
  expect(await form.getByLabel(/^Heure/).inputValue()).toBe('10:00');
  await shot(page, '2-appointment-form');
  await form.getByRole('button', { name: 'Enregistrer le rendez-vous' }).click();

  // The server's 409: the conflict is named, the user saves anyway.
  const conflict = page.getByRole('dialog', { name: 'Conflit d’agenda' });
  await conflict.waitFor();
  await conflict.getByText(/déjà un rendez-vous avec Anaïs SOUBEYRAND le 02\/03\/2027 à 10:45/).waitFor();
  await shot(page, '3-conflict');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await conflict.getByRole('button', { name: 'Enregistrer quand même' }).click();
  await page.getByText('Rendez-vous enregistré.').first().waitFor();
  await waitUntil(() => page.locator('.fc-event', { hasText: 'SOUBEYRAND' }).count(), (n) => n === 2, 30_000);
  const rows = (await ctx.app.strapi.db.connection('appointments').select('id', 'start_local').orderBy('id')) as Array<{ id: number; start_local: string }>;
  expect(rows.map((r) => r.start_local)).toEqual(['2027-03-02T10:45', '2027-03-02T10:00']);

  // Open it: before it begins, no synthèse.
  // The two appointments overlap on screen: the click goes to the one of 10:00 itself.
  await page.locator('.fc-event', { hasText: '10:00 -' }).dispatchEvent('click');
  await page.getByRole('heading', { level: 1, name: 'Rendez-vous du 02/03/2027 à 10:00' }).waitFor();
  await page.getByText(/La synthèse pourra être saisie une fois le rendez-vous commencé/).waitFor();

  // Afterwards: the synthèse and the réalisation.
  process.env.APP_NOW = '2027-03-02T09:30:00.000Z'; // 10:30 in Paris
  await page.reload();
  const synthesis = page.getByLabel('Synthèse', { exact: true });
  await synthesis.waitFor();
  await synthesis.fill('Point sur la recherche d’emploi ; CV à mettre à jour.');
  await page.getByRole('combobox', { name: /^Réalisation/ }).click();
  await page.getByRole('option', { name: 'Honoré' }).click();
  await page.getByRole('button', { name: 'Enregistrer la synthèse' }).click();
  await page.getByText('Rendez-vous mis à jour.').first().waitFor();
  await waitUntil(
    async () => (await ctx.app.strapi.db.connection('appointments').where({ id: rows[1].id }).first()) as { synthesis: string | null; status: string },
    (r) => r.synthesis === 'Point sur la recherche d’emploi ; CV à mettre à jour.' && r.status === 'honore',
    30_000,
  );
  await shot(page, '4-synthesis');
  expect(await seriousAxeViolations(page)).toEqual([]);
  await context.close();
});
