// The WCAG 2.1 A and AA rules axe checks on a page, as one line per violation (empty when clean).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function violationsOf(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
