// The journal as a diary: open today's page, write a 1:1 reflection from its template, link a
// person with @ and a lesson with [[ from the keyboard, save, and find the links on the entry page,
// the entry on its day page, and (once the people pages exist) on the person's timeline.
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { captureView } from './support/screenshots';
import { serveFulcrumForFile } from './support/fulcrumServer';

const lessonTitle = 'The three confirmations: how, when and what help';
const server = serveFulcrumForFile(test);

test('a 1:1 reflection from a template, with a person and a lesson linked inline, shows on its day', async ({ page }, testInfo) => {
  const dana = await server.current().api<{ id: string }>('people.create', { name: 'Dana Whitfield', relation: 'salesperson', role: 'Account executive' });
  await server.current().api('people.create', { name: 'Sam Adams', relation: 'sales-manager', role: 'Regional manager' });
  const { today } = await server.current().api<{ today: string }>('app.info', {});

  // Today's page, empty: it offers the templates.
  await openApp(page, server.current().openUrl);
  await page.getByRole('link', { name: 'Journal' }).first().click();
  await page.getByRole('link', { name: 'Open today' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nothing written for this day' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Today' })).toBeDisabled();
  await page.getByRole('link', { name: 'Write an entry for this day' }).click();

  // Start from the 1:1 template: it fills the title and a structure of topics, new asks and reflections.
  await page.getByRole('button', { name: '1:1 reflection' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('1:1 reflection');
  const text = page.getByRole('textbox', { name: 'Entry text' });
  await expect(text).toHaveValue(/## Topics\n- \n\n## New asks, shares and mandates\nask: \nshare: \nmandate: /);
  await expect(text).toBeFocused();

  // @Da lists people; the keyboard picks Dana, whose name replaces what was typed (the id stays out of sight).
  await text.pressSequentially('@Da');
  const people = page.getByRole('listbox', { name: 'People' });
  await expect(people.getByRole('option', { name: /Dana Whitfield/ })).toBeVisible();
  await text.press('ArrowDown');
  await text.press('ArrowUp');
  await expect(people.getByRole('option', { selected: true })).toContainText('Dana Whitfield');
  const active = await text.getAttribute('aria-activedescendant');
  expect(active).toBeTruthy();
  await expect(page.locator(`[id="${active}"]`)).toContainText('Dana Whitfield');
  await text.press('Enter');
  await expect(people).toBeHidden();
  await expect(text).toHaveValue(/^With: @Dana Whitfield$/m);

  // [[three lists lessons; Enter links the first.
  await text.press('Control+End');
  await text.pressSequentially('\nPut into practice: [[three');
  const lessons = page.getByRole('listbox', { name: 'Lessons' });
  await expect(lessons.getByRole('option').first()).toContainText(lessonTitle);
  await captureView(page, testInfo, 'journal-inline-links');
  await text.press('Enter');
  await expect(lessons).toBeHidden();
  await expect(text).toHaveValue(/Put into practice: \[\[The three confirmations: how, when and what help\]\] ?$/m);
  await expect(text).not.toHaveValue(/person:|lesson:/);
  // Both read as chips behind the words.
  const chips = page.locator('.linking-backdrop mark');
  await expect(chips).toHaveText(['@Dana Whitfield', '[[The three confirmations: how, when and what help]]']);
  await text.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await captureView(page, testInfo, 'journal-readable-links');
  await expect(page.getByRole('list', { name: 'Linked people' })).toContainText('Dana Whitfield');
  await expect(page.getByRole('list', { name: 'Linked lessons' })).toContainText(lessonTitle);

  // Another template over written text asks first; declining keeps the text.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: 'Weekly balance review' }).click();
  await expect(text).toHaveValue(/Dana Whitfield/);
  await page.getByRole('button', { name: 'Save entry' }).click();

  // The entry page links the person and the lesson inside the app; no raw person: address shows.
  await expect(page.getByRole('heading', { level: 1, name: '1:1 reflection' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dana Whitfield', exact: true })).toHaveAttribute('href', `#/people/${dana.id}`);
  await expect(page.getByRole('link', { name: lessonTitle, exact: true }).first()).toHaveAttribute('href', '#/lesson/three-confirmations');
  await expect(page.getByRole('heading', { name: 'Linked people' })).toBeVisible();
  await expect(page.getByText(/person:/)).toHaveCount(0);
  // Saved unfilled, the template's empty sections are gone: no empty heading is kept.
  for (const heading of ['Topics', 'New asks, shares and mandates', 'Reflections (private)']) await expect(page.getByRole('heading', { name: heading })).toHaveCount(0);
  await captureView(page, testInfo, 'journal-entry-links');

  // The day page shows the entry in full; [ and T move between days.
  await page.getByRole('link', { name: 'Journal' }).first().click();
  await page.getByRole('link', { name: 'Open today' }).click();
  const entries = page.getByRole('region', { name: 'Entries' });
  await expect(entries.getByRole('heading', { name: '1:1 reflection' })).toBeVisible();
  await expect(entries.getByRole('link', { name: 'Dana Whitfield', exact: true }).first()).toHaveAttribute('href', `#/people/${dana.id}`);
  await captureView(page, testInfo, 'journal-day');
  const todayHeading = await page.getByRole('heading', { level: 1 }).textContent();
  await page.keyboard.press('[');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(todayHeading ?? '');
  await expect(page.getByRole('region', { name: 'Entries' })).toHaveCount(0);
  await page.keyboard.press('t');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(todayHeading ?? '');
  expect(page.url()).toContain(`#/journal/day/${today}`);

  // The person's timeline lists the entry, where the people pages exist yet.
  await entries.getByRole('link', { name: 'Dana Whitfield', exact: true }).first().click();
  const personHeading = page.getByRole('heading', { level: 1, name: 'Dana Whitfield' });
  const hasPersonPage = await personHeading.waitFor({ timeout: 5000 }).then(
    () => true,
    () => false,
  );
  if (hasPersonPage) await expect(page.getByText('1:1 reflection').first()).toBeVisible();
});
