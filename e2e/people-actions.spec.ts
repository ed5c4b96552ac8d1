// The coaching journey, in browser mode: add a person → record a share and learn why it expects
// nothing back → apply the "three confirmations" lesson as a confirmed ask → find it among the
// person's open asks and on the lesson → record a mandate with no ask before it and see its flag.
import { expect, test } from '@playwright/test';
import { choose, openApp } from './support/app';
import { captureView } from './support/screenshots';
import { serveFulcrumForFile } from './support/fulcrumServer';

const server = serveFulcrumForFile(test);
const lessonTitle = 'The three confirmations: how, when and what help';
const askText = 'Update your top ten opportunities in the CRM';

/** Picks a value in a MenuSelect (a button that opens a menu of radio items). */
function addDays(isoDay: string, days: number): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test('add a person, share, apply a lesson as a confirmed ask, and see a mandate without an ask flagged', async ({ page }, testInfo) => {
  await openApp(page, server.current().openUrl);

  // People starts empty and says what to do.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(page.getByText(/Add the people you coach and sell to/)).toBeVisible();

  // The core's validation message is shown in the form.
  await page.getByRole('button', { name: 'Add person' }).first().click();
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(form.getByRole('alert')).toContainText('Name is required');
  await form.getByRole('textbox', { name: 'Name' }).fill('Dana Whitfield');
  await choose(page, /^Relation/, 'Salesperson on my team');
  await form.getByRole('textbox', { name: 'Role' }).fill('Account executive, West region');
  await form.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('link', { name: /Dana Whitfield/ })).toBeVisible();
  await captureView(page, testInfo, 'people');

  // A share: the "Expect something back?" control explains instead of adding a field.
  await page.getByRole('link', { name: /Dana Whitfield/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();
  await page.getByRole('link', { name: 'Record an action' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record an action' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Person Dana Whitfield/ })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Kind' }).getByRole('radio', { name: 'Share' }).check();
  await page.getByRole('textbox', { name: 'What do you share?' }).fill('How I won back Globex after the missed delivery');
  await choose(page, /^What kind of share\?/, 'A story');
  await page.getByRole('button', { name: 'Expect something back?' }).click();
  await expect(page.getByText('A share is unconditional.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Make it an ask instead' })).toBeVisible();
  await captureView(page, testInfo, 'action-editor-share');
  await page.getByRole('button', { name: 'Save share' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How I won back Globex after the missed delivery' })).toBeVisible();
  await expect(page.getByText(/Nothing is expected back/)).toBeVisible();

  // Apply the lesson as an ask, with its three confirmations.
  await openApp(page, `${server.current().openUrl}#/lesson/three-confirmations`);
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Actions that applied this lesson' })).toContainText('No action applies this lesson yet');
  await page.getByRole('button', { name: 'Apply this' }).click();
  await expect(page.getByRole('radio', { name: 'Ask' })).toBeChecked();
  await expect(page.getByText(lessonTitle).first()).toBeVisible();
  await choose(page, /^Person/, /Dana Whitfield/);
  await page.getByRole('textbox', { name: 'What do you ask?' }).fill(askText);
  const today = await page.getByLabel('Date', { exact: true }).inputValue();
  await page.getByRole('textbox', { name: 'How will they do it?' }).fill('An hour blocked every Tuesday');
  await page.getByLabel('When can you expect it?').fill(addDays(today, 7));
  await page.getByRole('textbox', { name: 'What help do they need from you?' }).fill('A walkthrough of the new CRM fields');
  await expect(page.getByText('3 of 3', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Save ask' }).click();
  await expect(page.getByRole('heading', { level: 1, name: askText })).toBeVisible();
  await expect(page.getByText('Confirmed: 3 of 3')).toBeVisible();
  await captureView(page, testInfo, 'ask');

  // The lesson lists the action that applied it.
  await page.getByRole('link', { name: lessonTitle }).click();
  await expect(page.getByRole('region', { name: 'Actions that applied this lesson' }).getByText(askText)).toBeVisible();

  // The person page shows it among the open asks, confirmed, and the share on the timeline.
  await page.getByRole('region', { name: 'Actions that applied this lesson' }).getByRole('link', { name: new RegExp(askText) }).click();
  await page.getByRole('link', { name: 'Dana Whitfield' }).first().click();
  const openAsks = page.getByRole('region', { name: 'Open asks' });
  await expect(openAsks.getByText(askText)).toBeVisible();
  await expect(openAsks.getByText('Confirmed: 3 of 3')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText('How I won back Globex after the missed delivery')).toBeVisible();
  await captureView(page, testInfo, 'person');

  // A mandate with no ask before it: warned in the form, flagged once saved.
  await page.getByRole('link', { name: 'Record an action' }).click();
  await page.getByRole('radio', { name: 'Mandate' }).check();
  await expect(page.getByText('This mandate will be flagged.')).toBeVisible();
  await page.getByRole('textbox', { name: 'What do you require?' }).fill('Submit the forecast every Friday by noon');
  await page.getByRole('button', { name: 'Save mandate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Submit the forecast every Friday by noon' })).toBeVisible();
  const flags = page.getByRole('list', { name: 'Flags' });
  await expect(flags).toContainText('No earlier ask');
  await expect(flags).toContainText('a mandate should require only what an ask did not achieve');
  await captureView(page, testInfo, 'mandate-flagged');
});
