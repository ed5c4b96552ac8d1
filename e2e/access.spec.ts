// Browser mode lets in only the page opened with this run's token.
import { expect, test } from '@playwright/test';
import { serveFulcrumForFile } from './support/fulcrumServer';

const server = serveFulcrumForFile(test);

test('a page without the token is told how to get in, and its API calls are refused', async ({ page }) => {
  await page.goto(server.current().origin);
  await expect(page.getByRole('heading', { name: /Open the address printed by npm run web/ })).toBeVisible();
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/journal.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    return { status: response.status, body: await response.json() };
  });
  expect(status.status).toBe(401);
  expect(status.body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
});

test('a stale token from an earlier run is refused with the same guidance', async ({ page }) => {
  await page.goto(`${server.current().origin}/?token=not-this-runs-token`);
  await expect(page.getByRole('heading', { name: /Open the address printed by npm run web/ })).toBeVisible();
  await expect(page.getByText(/did not accept this page/)).toBeVisible();
});

test('the token leaves the address bar once the app has it', async ({ page }) => {
  await page.goto(server.current().openUrl);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});
