// Screenshots of the main views, kept as test artifacts (test-results/screenshots) and attached to
// the report. With FULCRUM_DOCS_SCREENSHOTS=1 they also refresh the README's docs/screenshots.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';

const root = path.resolve(import.meta.dirname, '..', '..');

export async function captureView(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const dir = path.join(root, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
  if (process.env.FULCRUM_DOCS_SCREENSHOTS === '1') {
    mkdirSync(path.join(root, 'docs', 'screenshots'), { recursive: true });
    copyFileSync(file, path.join(root, 'docs', 'screenshots', `${name}.png`));
  }
  return file;
}
