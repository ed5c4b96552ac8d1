// The coaching journal's main journey, in browser mode started for tests (its clock can move):
// add a person → apply the ask lesson → confirm how, when and what help → move past the date → the
// ask is a mandate candidate → escalate it → the balance chart and the person's timeline show it.
import { expect, test, type Page } from '@playwright/test';
import { choose, openApp } from './support/app';
import { captureView } from './support/screenshots';
import { serveFulcrumForFile } from './support/fulcrumServer';

const server = serveFulcrumForFile(test, { testClock: true });
const askText = 'Bring every open opportunity close date up to date';

/** week start → [ask, share, mandate, total], read from the chart's data table. */
async function balanceTable(page: Page): Promise<Record<string, number[]>> {
  const table = page.getByRole('table', { name: /Asks, shares and mandates per week/ });
  return table.locator('tbody tr').evaluateAll((rows) =>
    Object.fromEntries(rows.map((row) => [row.querySelector('time')?.getAttribute('datetime'), [...row.querySelectorAll('td')].map((td) => Number(td.textContent))])),
  );
}

test('an ask past its confirmed date becomes a mandate candidate, is escalated, and shows in the balance and the timeline', async ({ page }, testInfo) => {
  // Monday 10 March 2025, 9:00 in this machine's time zone.
  await server.current().api('host.setClock', { now: new Date(2025, 2, 10, 9).toISOString() });
  await openApp(page, server.current().openUrl);

  // Add a person.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Add person' }).first().click();
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Dana Whitfield');
  await choose(page, /^Relation/, 'Salesperson on my team');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('link', { name: /Dana Whitfield/ })).toBeVisible();

  // Apply the ask lesson, with its three confirmations and a date.
  await openApp(page, `${server.current().openUrl}#/lesson/three-confirmations`);
  await page.getByRole('button', { name: 'Apply this' }).click();
  await expect(page.getByRole('radio', { name: 'Ask' })).toBeChecked();
  await choose(page, /^Person/, /Dana Whitfield/);
  await page.getByRole('textbox', { name: 'What do you ask?' }).fill(askText);
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2025-03-10');
  await page.getByRole('textbox', { name: 'How will they do it?' }).fill('Thirty minutes each morning until done');
  await page.getByLabel('When can you expect it?').fill('2025-03-12');
  await page.getByRole('textbox', { name: 'What help do they need from you?' }).fill('Cover her Thursday demo');
  await page.getByRole('button', { name: 'Save ask' }).click();
  await expect(page.getByRole('heading', { level: 1, name: askText })).toBeVisible();
  await expect(page.getByText('Confirmed: 3 of 3')).toBeVisible();

  // Not a candidate while the date has not passed.
  await openApp(page, `${server.current().openUrl}#/balance`);
  await expect(page.getByRole('region', { name: /Mandate candidates/ })).not.toContainText(askText);

  // Friday: two days past the date Dana gave. The ask is now a mandate candidate, and a reminder.
  await server.current().api('host.setClock', { now: new Date(2025, 2, 14, 9).toISOString() });
  await openApp(page, `${server.current().openUrl}#/balance`);
  const candidates = page.getByRole('region', { name: /Mandate candidates/ });
  await expect(candidates).toContainText(askText);
  await expect(candidates).toContainText('Dana Whitfield');
  await expect(page.getByRole('status', { name: 'Follow-up reminders' })).toContainText(/1 follow-up needs you: 1 overdue/);

  // Escalate: a mandate for exactly what was asked, linked both ways.
  await candidates.getByRole('link', { name: `Escalate: ${askText}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: askText })).toBeVisible();
  await page.getByRole('button', { name: 'Escalate to mandate' }).click();
  const escalate = page.getByRole('form', { name: 'Escalate to mandate' });
  await expect(escalate.getByText(askText)).toBeVisible();
  await escalate.getByLabel('Due by').fill('2025-03-19');
  await escalate.getByRole('button', { name: 'Escalate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: askText })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mandate' })).toContainText('Reminder conversation'); // step 1 of the default ladder
  await expect(page.getByRole('list', { name: 'Flags' })).toHaveCount(0);

  // Write about the mandate: the entry links the action and Dana, and the action lists the entry.
  await page.getByRole('link', { name: 'Write about it' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Escalated the close dates');
  await page.getByRole('textbox', { name: 'Entry text' }).fill('Told Dana the close dates are now required by Wednesday; offered the same help.');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Escalated the close dates' })).toBeVisible();
  await page.getByRole('link', { name: new RegExp(askText) }).first().click();
  await expect(page.getByRole('region', { name: 'Journal entries' })).toContainText('Escalated the close dates');

  // The balance: this week holds one ask and one mandate, exactly; no candidate is left.
  await openApp(page, `${server.current().openUrl}#/balance`);
  await expect(page.getByRole('figure', { name: 'Asks, shares and mandates per week' })).toBeVisible();
  const weeks = await balanceTable(page);
  expect(Object.keys(weeks)).toHaveLength(12);
  expect(weeks['2025-03-10']).toEqual([1, 0, 1, 2]);
  expect(Object.entries(weeks).filter(([week]) => week !== '2025-03-10').every(([, counts]) => counts.every((n) => n === 0))).toBe(true);
  await expect(page.getByRole('region', { name: /Mandate candidates/ })).not.toContainText(askText);
  await captureView(page, testInfo, 'balance-after-escalation');

  // The leader renames the first step of the ladder; the mandate on it shows the new name.
  const ladder = page.getByRole('region', { name: 'Your accountability ladder' });
  await ladder.getByRole('textbox', { name: 'Step 1' }).fill('Quiet word in private');
  await ladder.getByRole('button', { name: 'Save ladder' }).click();
  await expect(page.getByText('Ladder saved: 4 steps.')).toBeVisible();

  // The person's timeline shows the mandate and the escalated ask.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('link', { name: /Dana Whitfield/ }).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText(askText)).toHaveCount(2);
  await expect(timeline).toContainText(/escalated/i);
  await timeline.getByRole('link', { name: new RegExp(askText) }).first().click();
  await expect(page.getByRole('region', { name: 'Mandate' })).toContainText('Quiet word in private');
  await page.getByRole('link', { name: 'Dana Whitfield' }).first().click();
  await expect(page.getByRole('region', { name: 'Open asks' })).not.toContainText(askText);
  await captureView(page, testInfo, 'person-after-escalation');

  // The journal's day page lists the day's coaching actions.
  await openApp(page, `${server.current().openUrl}#/journal/day/2025-03-14`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2025');
  await expect(page.getByText(askText).first()).toBeVisible();
  await captureView(page, testInfo, 'journal-day-actions');
});

test('a flagged mandate is linked to the ask it followed, and the flag goes away', async ({ page }) => {
  const api = server.current().api;
  const sam = await api<{ id: string }>('people.create', { name: 'Sam Okafor', relation: 'sales-manager' });
  const ask = await api<{ id: string }>('actions.create', { kind: 'ask', personId: sam.id, text: 'Send the weekly forecast by Friday noon' });
  await api('actions.setStatus', { id: ask.id, status: 'missed' });
  const mandate = await api<{ id: string }>('actions.create', { kind: 'mandate', personId: sam.id, text: 'Forecast every Friday by noon, no exceptions' });

  await openApp(page, `${server.current().openUrl}#/actions/${mandate.id}`);
  await expect(page.getByRole('list', { name: 'Flags' })).toContainText('No earlier ask');
  await choose(page, /^The ask it follows/, 'Send the weekly forecast by Friday noon');
  await page.getByRole('button', { name: 'Link the ask' }).click();
  await expect(page.getByText('Earlier ask linked; the mandate is no longer flagged.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Flags' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Mandate' }).getByRole('link', { name: 'Send the weekly forecast by Friday noon' })).toBeVisible();
});

test('a new mandate proposes escalating the most overdue ask; "no earlier ask" is a deliberate choice', async ({ page }) => {
  const api = server.current().api;
  await api('host.setClock', { now: new Date(2025, 3, 14, 9).toISOString() });
  const lee = await api<{ id: string }>('people.create', { name: 'Lee Marsh', relation: 'salesperson' });
  await api('actions.create', { kind: 'ask', personId: lee.id, text: 'Log every call the same day', date: '2025-04-01', confirmations: { when: '2025-04-09' } });
  await api('actions.create', { kind: 'ask', personId: lee.id, text: 'Close dates on all open deals', date: '2025-03-20', confirmations: { when: '2025-04-07' } });

  await openApp(page, `${server.current().openUrl}#/actions/new?person=${lee.id}`);
  await page.getByRole('radio', { name: 'Mandate' }).check();
  const escalates = page.getByRole('group', { name: 'Escalates which ask?' });
  // A week late beats five days late: the older one is proposed, with its words.
  await expect(escalates.getByRole('radio', { name: 'Close dates on all open deals' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'What do you require?' })).toHaveValue('Close dates on all open deals');
  await expect(page.getByText('This mandate will be flagged.')).toHaveCount(0);

  // Choosing none is allowed, and warned about.
  await escalates.getByRole('radio', { name: 'None: there was no earlier ask' }).check();
  await expect(page.getByText('This mandate will be flagged.')).toBeVisible();
  await escalates.getByRole('radio', { name: 'Log every call the same day' }).check();
  await page.getByRole('button', { name: 'Save mandate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log every call the same day' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Flags' })).toHaveCount(0);
});
