// The team brief journey: three lessons added from their pages and the editor, commented and
// reordered, previewed, then exported as Markdown, HTML and PDF, each checked.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/app';
import { serveFulcrumForFile } from './support/fulcrumServer';
import { captureView } from './support/screenshots';

const server = serveFulcrumForFile(test);

async function download(page: Page, button: RegExp): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: button }).click();
  return (await (await downloading).path()) as string;
}

test('build a brief of three lessons with comments, preview it, and export it as Markdown, HTML and PDF', async ({ page }, testInfo) => {
  // A private journal entry about one of the lessons, which no shared brief may carry.
  await server.current().api('journal.create', { date: '2025-03-09', body: 'Private: Dana missed the CRM deadline again.', lessonIds: ['crm-compliance'] });

  // Two lessons from their pages: the first starts a new brief.
  await openApp(page, `${server.current().openUrl}#/lesson/three-confirmations`);
  const first = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.getByRole('button', { name: 'Add to brief…' }).click();
  await page.getByRole('menuitem', { name: 'New brief with this lesson' }).click();
  await expect(page.getByText('Added to “Untitled brief”')).toBeVisible();
  await openApp(page, `${server.current().openUrl}#/lesson/crm-compliance`);
  const second = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  await page.getByRole('button', { name: 'Add to brief…' }).click();
  await page.getByRole('menuitem', { name: /Untitled brief · 1 lesson/ }).click();
  await expect(page.getByText('Added to “Untitled brief”')).toBeVisible();

  // The third from the editor; then the words, the order, and save.
  await page.getByRole('link', { name: 'Briefs' }).click();
  await page.getByRole('link', { name: 'Untitled brief' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Q3 kickoff');
  await page.getByRole('textbox', { name: 'Introduction' }).fill('Three habits for **this quarter**.');
  const picker = page.getByRole('textbox', { name: 'Add a lesson' });
  await picker.fill('mandate');
  await page.getByRole('listbox').getByRole('option').first().click();
  const lessons = page.getByRole('region', { name: 'Lessons in this brief' }).getByRole('listitem');
  await expect(lessons).toHaveCount(3);
  const third = (await lessons.nth(2).getByRole('link').textContent()) ?? '';
  await page.getByRole('textbox', { name: `Your comment on “${second}”` }).fill('Our biggest gap this quarter.');
  await page.getByRole('button', { name: `Move “${second}” up` }).click();
  await expect(lessons.first().getByRole('link')).toHaveText(second);
  await page.getByRole('button', { name: 'Save brief' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await captureView(page, testInfo, 'brief-editor');

  // Preview, then the three formats.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export “Q3 kickoff”' });
  await expect(dialog.getByRole('status')).toHaveText('Share: 3 lessons from the library with your introduction and comments. No journal text, people or actions.');
  await expect(dialog.getByRole('checkbox')).toHaveCount(0);
  const preview = dialog.getByRole('region', { name: 'Preview of the file' });
  await expect(preview.getByRole('heading', { level: 1, name: 'Q3 kickoff' })).toBeVisible();
  await expect(preview.getByText('Our biggest gap this quarter.')).toBeVisible();
  await captureView(page, testInfo, 'brief-export');

  const markdown = await readFile(await download(page, /^Download q3-kickoff\.md$/), 'utf8');
  expect(markdown).toMatch(/^# Q3 kickoff\n\nThree habits for \*\*this quarter\*\*\./);
  expect(markdown.indexOf(`## ${second}`)).toBeLessThan(markdown.indexOf(`## ${first}`));
  expect(markdown.indexOf(`## ${first}`)).toBeLessThan(markdown.indexOf(`## ${third}`));
  expect(markdown).toContain('> Our biggest gap this quarter.');
  expect(markdown).not.toContain('Private: Dana');

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: /Web page/ }).check();
  const html = await readFile(await download(page, /^Download q3-kickoff\.html$/), 'utf8');
  expect(html).toContain('<h1>Q3 kickoff</h1>');
  expect(html).toContain('<blockquote>');
  expect(html).not.toContain('Private: Dana');

  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: /PDF/ }).check();
  const pdf = await download(page, /^Download q3-kickoff\.pdf$/);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const words of ['Q3 kickoff', 'Our biggest gap this quarter.', second, first]) expect(text).toContain(words.replace(/\s+/g, ' '));
  expect(text).not.toContain('Private: Dana');
});

test('a lesson is added to a brief from its item page too', async ({ page }) => {
  const brief = await server.current().api<{ id: string }>('briefs.create', { title: 'From the item page' });
  await openApp(page, `${server.current().openUrl}#/item/meet-the-sales-experts-phil-harris`);
  const section = page.locator('#lesson-three-confirmations');
  await section.getByRole('button', { name: 'Add to brief…' }).click();
  await section.getByRole('menuitem', { name: /From the item page · 0 lessons/ }).click();
  await expect(page.getByText('Added to “From the item page”')).toBeVisible();
  const saved = await server.current().api<{ lessons: Array<{ lessonId: string }> }>('briefs.get', { id: brief.id });
  expect(saved.lessons.map((l) => l.lessonId)).toEqual(['three-confirmations']);
});

test('briefs are listed, duplicated and deleted with undo', async ({ page }) => {
  await server.current().api('briefs.create', { title: 'Onboarding', lessons: [{ lessonId: 'three-confirmations' }] });
  await openApp(page, `${server.current().openUrl}#/briefs`);
  const list = page.getByRole('list', { name: 'Your briefs' });
  const onboarding = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Onboarding', exact: true }) });
  await onboarding.getByRole('button', { name: 'Duplicate' }).click();
  await expect(list.getByRole('link', { name: 'Onboarding (copy)' })).toBeVisible();
  await onboarding.getByRole('button', { name: 'Delete' }).click();
  await expect(list.getByRole('link', { name: 'Onboarding', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('link', { name: 'Onboarding', exact: true })).toBeVisible();
});
