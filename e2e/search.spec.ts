// Search beyond the journey: filters alone list what they let through, and words narrow them.
import { expect, test } from '@playwright/test';
import { captureView } from './support/screenshots';
import { serveFulcrumForFile } from './support/fulcrumServer';

const server = serveFulcrumForFile(test);

test('a filter with no words lists its lessons, and typing narrows them', async ({ page }, testInfo) => {
  await page.goto(server.current().openUrl);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  const search = page.getByRole('combobox', { name: 'Search the library' }).or(page.getByRole('searchbox', { name: 'Search the library' }));
  await search.click();

  await page.getByRole('group', { name: 'Mode' }).getByRole('button', { name: 'Mandate' }).click();
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  await expect(page.getByRole('option', { name: /Mandate only after an ask went unanswered|mandate/i }).first()).toBeVisible();
  const listed = await options.count();
  expect(listed).toBeGreaterThan(2);
  await captureView(page, testInfo, 'search-filter-only');

  await search.pressSequentially('crm');
  await expect(page.getByRole('option').first()).toContainText(/CRM/);
  await expect.poll(() => options.count()).toBeLessThan(listed);

  await search.fill('zzzqqq');
  await expect(page.getByText('No results for “zzzqqq”')).toBeVisible();
  await search.fill('');
  await page.getByRole('group', { name: 'Kind' }).getByRole('button', { name: 'Journal' }).click();
  await expect(page.getByText('Nothing matches these filters')).toBeVisible();
});

test('while the index is still being built, search says how far it got and fills in by itself', async ({ page }, testInfo) => {
  // The real server, with its first answers marked as made during a build (the bundled library
  // indexes too fast to catch it doing so). Each keystroke asks at once, so the first answer for
  // the whole word is the one marked.
  let marked = 0;
  await page.route('**/api/search.query', async (route) => {
    const response = await route.fetch();
    const envelope = (await response.json()) as { ok: boolean; value?: Record<string, unknown> };
    const asked = (route.request().postDataJSON() as { q?: string }).q;
    if (envelope.ok && envelope.value && asked === 'confirm' && marked < 1) {
      marked += 1;
      envelope.value.indexing = { indexed: 1200, total: 14000 };
    }
    await route.fulfill({ response, json: envelope });
  });
  await page.goto(server.current().openUrl);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  const search = page.getByRole('combobox', { name: 'Search the library' }).or(page.getByRole('searchbox', { name: 'Search the library' }));
  await search.click();
  await search.pressSequentially('confirm');
  const notice = page.getByRole('status').filter({ hasText: 'Indexing the library' });
  await expect(notice).toHaveText('Indexing the library… 1,200 of 14,000 — results may be incomplete');
  const bar = page.getByRole('progressbar', { name: 'Indexing the library' });
  await expect(bar).toHaveAttribute('value', '1200');
  await expect(bar).toHaveAttribute('max', '14000');
  await expect(page.getByRole('option').first()).toBeVisible();
  await captureView(page, testInfo, 'search-indexing');
  // Nobody types: the panel asks again, gets a complete answer, and the notice goes.
  await expect(notice).toHaveCount(0, { timeout: 5000 });
  await expect(page.getByRole('option').first()).toBeVisible();
});

test('results come a page at a time: 10 first, "Show more results" adds 20 more, and a new query starts again', async ({ page }) => {
  const { api } = server.current();
  for (let n = 1; n <= 45; n++) {
    await api('journal.create', { date: `2025-04-${String((n % 28) + 1).padStart(2, '0')}`, title: `Standup ${n}`, body: `Zephyrwood pipeline review number ${n}, with the lantern forecast.` });
  }
  const asked: Array<{ q: string; offset?: number; limit?: number }> = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/search.query')) asked.push(request.postDataJSON() as { q: string; offset?: number; limit?: number });
  });
  await page.goto(server.current().openUrl);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  const search = page.getByRole('combobox', { name: 'Search the library' }).or(page.getByRole('searchbox', { name: 'Search the library' }));
  await search.click();
  await search.pressSequentially('zephyrwood');

  const options = page.getByRole('option');
  const more = page.getByRole('button', { name: 'Show more results' });
  await expect(options).toHaveCount(10);
  await expect(page.locator('.search-more-count')).toHaveText('10 of 45');
  await expect(more).toHaveAccessibleDescription('10 of 45');

  const before = asked.length;
  await more.click();
  await expect(options).toHaveCount(30);
  // Only the next page was asked for, not the first again.
  expect(asked.slice(before)).toEqual([expect.objectContaining({ q: 'zephyrwood', offset: 10, limit: 20 })]);
  await expect(page.locator('.search-more-count')).toHaveText('30 of 45');
  // The keyboard reaches it too.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(options).toHaveCount(45);
  await expect(more).toHaveCount(0);
  await expect(page.getByText('45 results')).toBeVisible();

  await search.fill('lantern');
  await expect(options).toHaveCount(10);
  await expect(page.locator('.search-more-count')).toHaveText('10 of 45');
});
