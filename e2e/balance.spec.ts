// The balance view in browser mode: people and actions seeded through the API (dated relative to the
// real today), then the chart labels and the data table must show exactly those counts per week,
// the person filter must change them, a mandate without an ask must carry its flag, and an ask due
// today must raise the reminder bar.
import { expect, test, type Page } from '@playwright/test';
import { flagReasons } from '../src/shared/contract';
import { captureView } from './support/screenshots';
import { serveFulcrumForFile } from './support/fulcrumServer';

const server = serveFulcrumForFile(test);

const dayMs = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);
/** The Monday that starts the week holding `day`, as the core counts weeks. */
const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));

type Counts = [ask: number, share: number, mandate: number, total: number];

/** Reads the data table: week start → [ask, share, mandate, total], plus the totals row. */
async function readTable(page: Page): Promise<{ weeks: Record<string, Counts>; totals: Counts }> {
  const table = page.getByRole('table', { name: /Asks, shares and mandates per week/ });
  const weeks = await table.locator('tbody tr').evaluateAll((rows) =>
    Object.fromEntries(rows.map((row) => [row.querySelector('time')?.getAttribute('datetime'), [...row.querySelectorAll('td')].map((td) => Number(td.textContent))])),
  );
  const totals = await table.locator('tfoot td').allTextContents();
  return { weeks: weeks as Record<string, Counts>, totals: totals.map(Number) as Counts };
}

/** The count labels drawn on the bars, sorted, so they compare as a multiset. */
async function barLabels(page: Page): Promise<string[]> {
  const figure = page.getByRole('figure', { name: 'Asks, shares and mandates per week' });
  return (await figure.locator('.recharts-label-list text').allTextContents()).map((t) => t.trim()).filter(Boolean).sort();
}

function expectedWeeks(thisWeek: string, counts: Record<number, Counts>): Record<string, Counts> {
  const weeks: Record<string, Counts> = {};
  for (let back = 11; back >= 0; back--) weeks[addDays(thisWeek, -7 * back)] = counts[back] ?? [0, 0, 0, 0];
  return weeks;
}

test('the balance charts exactly what was recorded, per person, with flags and reminders', async ({ page }, testInfo) => {
  const { today } = await server.current().api<{ today: string }>('app.info', {});
  const thisWeek = mondayOf(today);
  const weekAgo = (n: number) => addDays(thisWeek, -7 * n);

  const dana = await server.current().api<{ id: string }>('people.create', { name: 'Dana Whitfield', relation: 'salesperson' });
  const sam = await server.current().api<{ id: string }>('people.create', { name: 'Sam Okafor', relation: 'sales-manager' });
  const action = (input: Record<string, unknown>) => server.current().api<{ id: string }>('actions.create', input);
  // Dana: an ask due today (this week), a share last week, two asks two weeks ago.
  await action({ kind: 'ask', personId: dana.id, text: 'Update the top ten opportunities in the CRM', date: today, confirmations: { when: today, how: 'One hour on Tuesday' } });
  await action({ kind: 'share', personId: dana.id, text: 'How I handled a price objection', date: weekAgo(1), category: 'story' });
  await action({ kind: 'ask', personId: dana.id, text: 'Send the pricing recap to Acme', date: weekAgo(2) });
  await action({ kind: 'ask', personId: dana.id, text: 'Book the quarterly review', date: addDays(weekAgo(2), 1) });
  // Sam: a share and a mandate without any earlier ask this week, an ask three weeks ago.
  await action({ kind: 'share', personId: sam.id, text: 'A coaching cadence idea', date: today, category: 'idea' });
  await action({ kind: 'mandate', personId: sam.id, text: 'Forecast in the CRM every Friday', date: today });
  await action({ kind: 'ask', personId: sam.id, text: 'Pipeline review with the new team', date: weekAgo(3) });

  await page.goto(`${server.current().openUrl}#/balance`);
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: 'Balance' })).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Asks, shares and mandates per week' })).toBeVisible();

  // Everyone: exact counts per week and in total, in the table and on the bars.
  const everyone = expectedWeeks(thisWeek, { 0: [1, 1, 1, 3], 1: [0, 1, 0, 1], 2: [2, 0, 0, 2], 3: [1, 0, 0, 1] });
  await expect.poll(() => readTable(page)).toEqual({ weeks: everyone, totals: [4, 2, 1, 7] });
  await expect.poll(() => barLabels(page)).toEqual(['1', '1', '1', '1', '1', '2']);
  await expect(page.getByText('Asks are 57% of your actions; your target is 60%.')).toBeVisible();
  await page.getByRole('button', { name: 'Show as table' }).click();
  await expect(page.getByRole('table', { name: /Asks, shares and mandates per week/ })).toBeVisible();

  // The mandate with no ask behind it is listed with the reason for its flag.
  const unasked = page.getByRole('region', { name: 'Mandates without an earlier ask' });
  await expect(unasked.getByRole('link', { name: 'Forecast in the CRM every Friday' })).toBeVisible();
  await expect(unasked.getByText(flagReasons['no-prior-ask'])).toBeVisible();
  await expect(page.getByRole('region', { name: 'Due today' }).getByRole('link', { name: 'Update the top ten opportunities in the CRM' })).toBeVisible();

  // The ask due today raises the reminder bar, which leads to the follow-up.
  const reminders = page.getByRole('status', { name: 'Follow-up reminders' });
  await expect(reminders).toHaveText('1 follow-up needs you: 1 due today');
  await captureView(page, testInfo, 'balance');
  await page.getByRole('button', { name: 'Show list' }).click();
  await expect(page.getByRole('list', { name: 'Follow-ups and 1:1s that need you' }).getByRole('link', { name: /Update the top ten opportunities/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // Only Dana: the counts change to hers, and Sam's unasked mandate leaves the list.
  await page.getByRole('button', { name: /^Person/ }).click();
  await page.getByRole('menuitemradio', { name: 'Dana Whitfield' }).click();
  const dana12 = expectedWeeks(thisWeek, { 0: [1, 0, 0, 1], 1: [0, 1, 0, 1], 2: [2, 0, 0, 2] });
  await expect.poll(() => readTable(page)).toEqual({ weeks: dana12, totals: [3, 1, 0, 4] });
  await expect.poll(() => barLabels(page)).toEqual(['1', '1', '2']);
  await expect(page.getByText('Asks are 75% of your actions with Dana Whitfield; your target is 60%.')).toBeVisible();
  await expect(unasked.getByText('Every mandate escalates an earlier ask.')).toBeVisible();

  // Back to everyone over 4 weeks: the same weeks, now the whole period.
  await page.getByRole('button', { name: /^Person/ }).click();
  await page.getByRole('menuitemradio', { name: 'Everyone' }).click();
  await page.getByRole('group', { name: 'Period' }).getByRole('button', { name: '4 weeks' }).click();
  await expect.poll(() => readTable(page).then((t) => t.totals)).toEqual([4, 2, 1, 7]);
  await expect(page.getByRole('table', { name: /Asks, shares and mandates per week/ }).locator('tbody tr')).toHaveCount(4);

  // Dismissed, the bar stays away for the rest of the day, even after a reload.
  await page.getByRole('button', { name: 'Dismiss reminders until tomorrow' }).click();
  await expect(reminders).toHaveText('');
  await page.reload();
  await expect(page.locator('body[data-ready="true"]')).toBeAttached();
  await expect(page.getByRole('heading', { level: 1, name: 'Balance' })).toBeVisible();
  await expect(reminders).toHaveText('');
});
