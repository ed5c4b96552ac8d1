// The 1:1 workspace, as a leader runs it, in browser mode with the test clock: schedule a weekly 1:1
// → move the clock → "1:1 due" → start it → mark an ask done and escalate another right there → add a
// new ask inline with its confirmations → export the agenda, with none of the private reflections.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { choose, openApp } from './support/app';
import { serveFulcrumForFile } from './support/fulcrumServer';
import { captureView } from './support/screenshots';

const server = serveFulcrumForFile(test, { testClock: true });

test('schedule, fall due, start, settle asks, track a new ask inline, and export the agenda', async ({ page }, testInfo) => {
  const api = server.current().api;
  // Monday 10 March 2025.
  await api('host.setClock', { now: new Date(2025, 2, 10, 9).toISOString() });
  const dana = await api<{ id: string }>('people.create', { name: 'Dana Whitfield', relation: 'salesperson', role: 'Account executive' });
  await api('actions.create', { kind: 'ask', personId: dana.id, text: 'Send the forecast every Friday', date: '2025-03-03', confirmations: { how: 'A reminder on Thursday', when: '2025-03-21', help: 'None' } });
  await api('actions.create', { kind: 'ask', personId: dana.id, text: 'Bring every close date up to date', date: '2025-03-03', confirmations: { how: 'An hour each morning', when: '2025-03-07', help: 'A CRM walkthrough' } });

  // Schedule a weekly 1:1 on Fridays from her page.
  await openApp(page, `${server.current().openUrl}#/people/${dana.id}`);
  await page.getByRole('button', { name: 'Schedule 1:1s' }).click();
  await choose(page, /^How often/, 'Every week');
  await choose(page, /^Day/, 'Friday');
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByRole('status', { name: '1:1 schedule' })).toContainText('Weekly on Friday · next 1:1: Friday, March 14, 2025');

  // Friday: the 1:1 is due, and the reminder bar says so.
  await api('host.setClock', { now: new Date(2025, 2, 14, 9).toISOString() });
  await openApp(page, `${server.current().openUrl}#/people`);
  const reminders = page.getByRole('status', { name: 'Follow-up reminders' });
  await expect(reminders).toContainText('1:1 due with Dana Whitfield');
  await page.getByRole('button', { name: 'Show list' }).click();
  await page.getByRole('list', { name: 'Follow-ups and 1:1s that need you' }).getByRole('link', { name: /1:1 with Dana Whitfield/ }).click();

  // Start it: the open asks are on top, the late one first, with its confirmations and how late.
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Dana Whitfield' })).toBeVisible();
  await page.getByRole('button', { name: 'Start 1:1' }).click();
  const asks = page.getByRole('region', { name: /Open asks/ });
  const late = asks.getByRole('listitem').filter({ hasText: 'Bring every close date up to date' });
  await expect(asks.getByRole('listitem').first()).toContainText('Bring every close date up to date');
  await expect(late).toContainText('7 days late');
  await expect(late).toContainText('how: An hour each morning');
  await captureView(page, testInfo, 'one-on-one-items');

  // Escalate the late one right there; mark the other done.
  await late.getByRole('button', { name: 'Escalate' }).click();
  await expect(page.getByRole('region', { name: /Open mandates/ })).toContainText('Bring every close date up to date');
  await asks.getByRole('listitem').filter({ hasText: 'Send the forecast every Friday' }).getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('region', { name: /Open asks/ })).toContainText('No open asks');
  const text = page.getByRole('textbox', { name: 'Today’s note' });
  await expect(text).toHaveValue(/## Discussed\n- \[\[Bring every close date up to date\]\]: escalated to a mandate\n- \[\[Send the forecast every Friday\]\]: done/);

  // A new ask written inline, tracked with its three confirmations.
  await text.click();
  await text.press('Control+End');
  const value = await text.inputValue();
  await text.fill(
    value
      .replace('## Topics\n- ', '## Topics\n- Territory split for Q2')
      .replace('ask: ', 'ask: Book the QBR with Acme')
      .replace('## Reflections (private)\n', '## Reflections (private)\nZephyrine: she seemed tired today.'),
  );
  const track = page.getByRole('form', { name: 'Ask: Book the QBR with Acme' });
  await track.getByRole('textbox', { name: 'How will they do it?' }).fill('Call their COO on Monday');
  await track.getByLabel('When can you expect it?').fill('2025-03-20');
  await track.getByRole('textbox', { name: 'What help do they need from you?' }).fill('An intro to the COO');
  await captureView(page, testInfo, 'one-on-one-workspace');
  await track.getByRole('button', { name: 'Track ask' }).click();
  await expect(text).toHaveValue(/ask: \[\[Book the QBR with Acme\]\]/);
  await expect(page.getByRole('region', { name: /Open asks/ })).toContainText('Book the QBR with Acme');
  await expect(page.getByRole('region', { name: /Open asks/ }).getByRole('listitem').first()).toContainText('Confirmed: 3 of 3');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();

  // A share added with the button: its line is written where the caret goes, then tracked.
  await page.getByRole('group', { name: 'Add to the note' }).getByRole('button', { name: '+ Share' }).click();
  await expect(text).toBeFocused();
  await page.keyboard.type('How I open a forecast call');
  const share = page.getByRole('form', { name: 'Share: How I open a forecast call' });
  await choose(page, /^What kind of share/, 'Experience');
  await share.getByRole('button', { name: 'Track share' }).click();
  await expect(page.getByRole('region', { name: /Shared in the last 30 days/ })).toContainText('How I open a forecast call');
  await expect(text).toHaveValue(/share: \[\[How I open a forecast call\]\]/);

  // The agenda: open items and topics, none of the reflections.
  await page.getByRole('button', { name: 'Export agenda…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export “1:1 agenda: Dana Whitfield”' });
  await expect(dialog.getByRole('status')).toHaveText(/^Share with Dana Whitfield: the 1:1 agenda/);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Download 1-1-agenda-dana-whitfield-2025-03-14\.md$/ }).click();
  const agenda = await readFile((await (await downloading).path()) as string, 'utf8');
  expect(agenda).toContain('**Book the QBR with Acme** — asked 2025-03-14. How: Call their COO on Monday. When: 2025-03-20. Help: An intro to the COO.');
  expect(agenda).toContain('**Bring every close date up to date** — no due date yet.');
  expect(agenda).toContain('- Territory split for Q2');
  expect(agenda).not.toMatch(/Zephyrine|seemed tired|Reflections/);

  // The note, in the journal: what was discussed links the actions; no empty heading was kept.
  await page.getByRole('link', { name: 'Open in the journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Dana Whitfield' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Send the forecast every Friday' }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Next time' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Topics' })).toBeVisible();
});

test('people at a glance: counts, 1:1s, sorting, and a manager\'s team in one click', async ({ page }, testInfo) => {
  const api = server.current().api;
  await api('host.setClock', { now: new Date(2025, 4, 14, 9).toISOString() });
  const sam = await api<{ id: string }>('people.create', { name: 'Sam Okafor', relation: 'sales-manager', team: 'West' });
  const nora = await api<{ id: string }>('people.create', { name: 'Nora Quinn', relation: 'salesperson', team: 'West', managerId: sam.id });
  const lee = await api<{ id: string }>('people.create', { name: 'Lee Marsh', relation: 'salesperson', team: 'East', managerId: sam.id });
  await api('people.create', { name: 'Ava Chen', relation: 'customer' });
  await api('actions.create', { kind: 'ask', personId: nora.id, text: 'Update the CRM', date: '2025-05-01', confirmations: { when: '2025-05-09' } });
  for (const text of ['One', 'Two', 'Three']) await api('actions.create', { kind: 'ask', personId: lee.id, text, date: '2025-05-12' });
  await api('actions.create', { kind: 'mandate', personId: lee.id, text: 'Forecast', date: '2025-05-12' });
  await api('oneOnOnes.schedule', { personId: nora.id, cadence: 'weekly', day: 3, startsOn: '2025-05-01' });

  await openApp(page, `${server.current().openUrl}#/people`);
  await expect(page.getByRole('region', { name: 'Upcoming 1:1s' }).getByRole('listitem').filter({ hasText: 'Nora Quinn' })).toContainText('overdue since May 7, 2025');
  const table = page.getByRole('table', { name: 'People' });
  const noraRow = table.getByRole('row', { name: /Nora Quinn/ });
  await expect(noraRow.getByRole('cell')).toHaveText(['1', '1', '–', '100%', '–', 'Overduesince May 7, 2025']);
  await expect(table.getByRole('row', { name: /Lee Marsh/ }).getByRole('cell')).toHaveText(['3', '–', '1', '75%', '–', '–']);

  // Sorted by open asks, most first.
  await table.getByRole('button', { name: 'Open asks' }).click();
  await expect(table.getByRole('columnheader', { name: 'Open asks' })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.locator('tbody tr').first()).toContainText('Lee Marsh');
  await captureView(page, testInfo, 'people-at-a-glance');

  // Sam's team in one click; then a team by name.
  await table.getByRole('row', { name: /Sam Okafor/ }).getByRole('link', { name: 'Their team (2)' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table).not.toContainText('Ava Chen');
  await choose(page, /^Team/, 'West');
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table).toContainText('Sam Okafor');
  await expect(table).not.toContainText('Lee Marsh');
});

test('a 1:1 reflection fills itself from what Fulcrum knows, keeps no empty heading, and follows a rename', async ({ page }) => {
  const api = server.current().api;
  await api('host.setClock', { now: new Date(2025, 5, 6, 9).toISOString() });
  const ivy = await api<{ id: string }>('people.create', { name: 'Ivy Stone', relation: 'salesperson' });
  await api('actions.create', { kind: 'ask', personId: ivy.id, text: 'Clean up the Q2 pipeline', date: '2025-06-02', confirmations: { how: 'Friday afternoon', when: '2025-06-05', help: 'A pipeline report' } });

  await openApp(page, `${server.current().openUrl}#/journal/new?person=${ivy.id}&template=one-on-one`);
  const text = page.getByRole('textbox', { name: 'Entry text' });
  // Not blank prompts: her open ask with the three confirmations she gave, and how late it is.
  await expect(text).toHaveValue(/^With: @Ivy Stone\n/);
  await expect(text).toHaveValue(/## Open asks\n- \[\[Clean up the Q2 pipeline\]\]: how: Friday afternoon; when: 2025-06-05 \(1 day late\); help: A pipeline report/);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '1:1 with Ivy Stone' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Open asks' })).toBeVisible();
  for (const empty of ['Topics', 'New asks, shares and mandates', 'Reflections (private)', 'Next time']) await expect(page.getByRole('heading', { name: empty })).toHaveCount(0);

  // Renamed, every mention reads the new name; the text keeps her id.
  await api('people.update', { id: ivy.id, name: 'Ivy Stone-Park', relation: 'salesperson' });
  await page.reload();
  await expect(page.getByRole('link', { name: 'Ivy Stone-Park', exact: true }).first()).toHaveAttribute('href', `#/people/${ivy.id}`);
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('textbox', { name: 'Entry text' })).toHaveValue(/^With: @Ivy Stone-Park\n/);
});
