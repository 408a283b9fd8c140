// Accessibility check with axe-core: the console must have no serious or critical violation
// (WCAG 2.1 A/AA rules) on the pages it is tested on.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export type AxeProblem = { id: string; impact: string; help: string; targets: string[] };

export async function seriousAxeViolations(page: Page): Promise<AxeProblem[]> {
  // A tooltip or a dialog still fading in is half transparent: axe would measure its contrast
  // mid-transition (seen in CI: after a click that navigates, the pointer rests on the next
  // page's sort header and its « Trier » tooltip fades in while axe runs). So the pointer is moved
  // to the bottom-right corner, then the page is checked once its transitions have ended
  // (endless animations — a spinner — do not count).
  const viewport = page.viewportSize();
  if (viewport) await page.mouse.move(viewport.width - 1, viewport.height - 1);
  await page
    .waitForFunction("document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)", undefined, { timeout: 3000, polling: 50 })
    .catch(() => undefined);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: String(v.impact), help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
