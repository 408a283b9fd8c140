// Issue 8 §5 in a real browser: the console works under its strict CSP (no violation while a
// user signs in and reaches a file list, MUI's styles applied), an injected inline script does
// not run, and another site cannot frame it.
import type { Page } from 'playwright-core';
import { loginAs, newContext } from './support/browser';
import { startConsoleApp, type ConsoleApp } from './support/console-app';
import { PASSWORD, USERS } from './support/seed';

let ctx: ConsoleApp;

beforeAll(async () => {
  ctx = await startConsoleApp();
});
afterAll(async () => ctx?.stop());

const eventually = async (condition: () => boolean, timeoutMs: number): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return condition();
};

/** Every CSP violation the page reports, as "directive blocked-uri". */
const recordViolations = async (page: Page): Promise<string[]> => {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  // Runs in the page (the test project has no DOM types, hence a string).
  await page.addInitScript({
    content: "document.addEventListener('securitypolicyviolation', (e) => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));",
  });
  return messages;
};

test('the console signs in and lists files with no CSP violation, styles applied', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  const violations = await recordViolations(page);
  const response = await page.goto('/console/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await loginAs(page, USERS.referent.login, PASSWORD);
  await page.getByRole('menuitem', { name: 'Bénéficiaires' }).click();
  await page.getByText('SOUBEYRAND').first().waitFor();
  // MUI's baseline (injected by emotion at run time) is in force: no browser default margin.
  expect(await page.evaluate('getComputedStyle(document.body).margin')).toBe('0px');
  expect(violations).toEqual([]);
  await context.close();
});

test('an injected inline script does not run', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  const violations = await recordViolations(page);
  await page.goto('/console/');
  await page.getByRole('heading', { level: 1, name: 'Connexion à la console' }).waitFor();
  await page.evaluate("const s = document.createElement('script'); s.textContent = 'window.__injected = localStorage.length;'; document.body.appendChild(s);");
  expect(await page.evaluate('typeof window.__injected')).toBe('undefined');
  expect(await eventually(() => violations.some((text) => /script-src/.test(text)), 5_000)).toBe(true);
  await context.close();
});

test('another page cannot frame the console', async () => {
  const context = await newContext(ctx.browser, ctx.baseUrl);
  const page = await context.newPage();
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/frame-ancestors|X-Frame-Options/i.test(message.text())) refusals.push(message.text());
  });
  await page.setContent(`<iframe src="${ctx.baseUrl}/console/" width="800" height="600"></iframe>`);
  expect(await eventually(() => refusals.length > 0, 10_000)).toBe(true);
  const framed = page.frames().find((frame) => frame !== page.mainFrame());
  const loaded = framed ? await framed.locator('#root').count().catch(() => 0) : 0;
  expect(loaded).toBe(0);
  await context.close();
});
