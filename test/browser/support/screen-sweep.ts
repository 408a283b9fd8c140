// The accessibility sweep: every screen a user can reach from the console's menu, and every tab
// of a file, checked with axe once the page has settled. Shared by the accessibility test and a
// manual look at a running demo server.
import type { Page } from 'playwright-core';
import { seriousAxeViolations, type AxeProblem } from './axe';
import { waitUntil } from './browser';

export type ScreenFinding = { screen: string; problems: AxeProblem[] };

/** No request running, no spinner or skeleton left: what the user finally reads. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await waitUntil(() => page.locator('[role="progressbar"], .MuiSkeleton-root').count(), (n) => n === 0);
}

/** The menu's entries as the sidebar lists them for this user: label and hash route. */
export async function menuEntries(page: Page): Promise<Array<{ label: string; href: string }>> {
  await page.getByRole('menuitem', { name: 'Accueil' }).waitFor();
  return page
    .locator('.RaSidebar-fixed a[role="menuitem"]')
    .evaluateAll((links) => links.map((a) => ({ label: (a.textContent ?? '').trim(), href: a.getAttribute('href') ?? '' })));
}

export async function checkScreen(page: Page, screen: string): Promise<ScreenFinding> {
  await settle(page);
  return { screen, problems: await seriousAxeViolations(page) };
}

/**
 * Each menu entry, the user menu's pages, then the first file of the list and each of its tabs.
 * `seen`: routes already swept for another profile — a screen is the same component whoever
 * opens it (its buttons differ, not its structure), so each is checked once per sweep run.
 */
export async function sweepConsole(
  page: Page,
  onScreen?: (name: string) => Promise<void>,
  options: { fileTabs?: boolean; seen?: Set<string> } = {},
): Promise<ScreenFinding[]> {
  const findings: ScreenFinding[] = [];
  const seen = options.seen ?? new Set<string>();
  const entries = await menuEntries(page);
  for (const entry of entries) {
    if (seen.has(entry.href)) continue;
    seen.add(entry.href);
    await page.goto(`/console/${entry.href}`);
    findings.push(await checkScreen(page, entry.label));
    await onScreen?.(entry.label);
  }
  // What the user menu (under the name) opens for everyone.
  for (const [label, href] of [
    ['Mon tableau de bord', '#/tableau-de-bord'],
    ['Changer mon mot de passe', '#/mon-compte/mot-de-passe'],
  ]) {
    if (seen.has(href)) continue;
    seen.add(href);
    await page.goto(`/console/${href}`);
    findings.push(await checkScreen(page, label));
    await onScreen?.(label);
  }
  if (options.fileTabs === false || !entries.some((e) => e.label === 'Bénéficiaires')) return findings;
  await page.goto('/console/#/beneficiaries');
  await page.getByRole('table').getByRole('link').first().click();
  await page.getByRole('tab', { name: 'Résumé' }).waitFor();
  for (const tab of await page.getByRole('tab').allTextContents()) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await page.getByRole('tabpanel').first().waitFor();
    findings.push(await checkScreen(page, `Dossier › ${tab}`));
    await onScreen?.(`dossier-${tab}`);
  }
  return findings;
}
