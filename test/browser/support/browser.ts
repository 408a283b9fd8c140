// Debian's Chromium driven by playwright-core (no browser download). The flags keep it quiet
// and deterministic in a container: no sandbox (no user namespaces), no GPU, no background
// network traffic.
import fs from 'fs';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_LOCALES = '/usr/lib/chromium/locales';

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium introuvable (${CHROMIUM}) : apt-get install -y chromium`);
  if (fs.existsSync(CHROMIUM_LOCALES) && !fs.existsSync(`${CHROMIUM_LOCALES}/fr.pak`)) {
    process.emitWarning(`Chromium sans ressources françaises : ses champs date liront mm/dd/yyyy (apt-get install -y chromium-l10n).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    // The date fields' jj/mm/aaaa come from the process's language (with chromium-l10n's fr.pak),
    // not from --lang nor the context's locale.
    env: { ...process.env, LANG: 'fr_FR.UTF-8', LANGUAGE: 'fr_FR:fr' },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=fr-FR',
    ],
  });
}

/** A fresh browser profile (its own localStorage) in French, Paris time, a laptop screen. */
export async function newContext(browser: Browser, baseUrl: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL: baseUrl, locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1366, height: 900 } });
}

export async function loginAs(page: Page, login: string, password: string): Promise<void> {
  await page.goto('/console/#/login');
  await page.getByLabel('Identifiant').fill(login);
  await page.getByLabel('Mot de passe', { exact: false }).first().fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('heading', { level: 1, name: /^Bonjour / }).waitFor();
}

/** Saves a screenshot when SCREENSHOTS_DIR is set, for a human look at the layout. */
export async function snapshot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOTS_DIR;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Waits until a locator matches exactly `count` elements (lists re-render after a search). */
export async function waitForCount(locator: Locator, count: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = -1;
  while (Date.now() < deadline) {
    last = await locator.count();
    if (last === count) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Attendu ${count} éléments, trouvé ${last}.`);
}

/**
 * Waits until `check` answers true (a filtered list re-renders once per filter, after a debounce:
 * reading it once can catch an intermediate state). Fails with the last value seen.
 */
export async function waitUntil<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!check(last)) {
    if (Date.now() > deadline) throw new Error(`Condition jamais remplie ; dernière valeur : ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}
