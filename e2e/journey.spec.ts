// The first user journey, in browser mode: search as you type → open a lesson → write a journal
// entry linked to it → see the backlink → export → read the exported file → restart the server and
// find the entry still there → delete it and undo.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { captureView } from './support/screenshots';
import { serveFulcrumForFile } from './support/fulcrumServer';

const lessonTitle = 'The three confirmations: how, when and what help';
const entryText = 'Asked Dana to clean up her top ten opportunities. How: one hour blocked on Tuesday. When: Thursday noon. Help: a CRM field walkthrough.';

const server = serveFulcrumForFile(test);

test('search, open a lesson, journal about it, export it, and find it again after a restart', async ({ page }, testInfo) => {
  await openApp(page, server.current().openUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
  await captureView(page, testInfo, 'library');

  // Search as you type: results from the first characters, then narrowed as the word grows.
  const search = page.getByRole('combobox', { name: 'Search the library' }).or(page.getByRole('searchbox', { name: 'Search the library' }));
  await search.click();
  await search.pressSequentially('th');
  await expect(page.getByRole('option').first()).toBeVisible();
  await search.pressSequentially('ree confirm');
  const lessonOption = page.getByRole('option', { name: new RegExp(lessonTitle.slice(0, 24)) });
  await expect(lessonOption.first()).toBeVisible();
  await expect(page.getByRole('option').first()).toContainText('three confirmations');
  await expect(page.locator('[role="option"] mark').first()).toBeVisible();
  await captureView(page, testInfo, 'search');

  // Keyboard: the first option is the lesson; Enter opens it.
  await search.press('ArrowDown');
  await expect(page.getByRole('option', { selected: true })).toContainText('three confirmations');
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle })).toBeVisible();
  const backlinks = page.getByRole('region', { name: 'Journal entries about this lesson' });
  await expect(backlinks).toBeVisible();
  await captureView(page, testInfo, 'lesson');

  // Write an entry linked to the lesson.
  await page.getByRole('button', { name: 'Write a journal entry' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('CRM cleanup with Dana');
  await page.getByRole('textbox', { name: 'Entry text' }).fill(entryText);
  await expect(page.getByText(lessonTitle).first()).toBeVisible();
  await captureView(page, testInfo, 'journal-editor');
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(page.getByText('CRM cleanup with Dana').first()).toBeVisible();

  // The lesson now lists the entry.
  await page.getByRole('link', { name: lessonTitle }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle })).toBeVisible();
  await expect(backlinks.getByText('CRM cleanup with Dana')).toBeVisible();

  // Export: shared without the journal by default, as the preview shows; ticked, the entry goes in.
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: `Export “${lessonTitle}”` });
  const preview = dialog.getByRole('region', { name: 'Preview of the file' });
  await expect(dialog.getByRole('status')).toHaveText('Share: the lesson, as the library has it. No journal text, people or actions.');
  await expect(preview.getByRole('heading', { level: 1, name: lessonTitle })).toBeVisible();
  await expect(preview.getByText('My journal')).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: /Add my journal entries about it/ }).check();
  await expect(dialog.getByRole('status')).toHaveText(/^Share with your journal: the lesson and 1 journal entry of yours about it/);
  await expect(preview.getByRole('heading', { name: 'My journal' })).toBeVisible();
  await captureView(page, testInfo, 'export-dialog');
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download three-confirmations.md' }).click();
  const download = await downloadPromise;
  await expect(page.getByText(/^Downloaded three-confirmations\.md\. Share with your journal/)).toBeVisible();
  await expect(dialog).toHaveCount(0);

  // The same lesson as a PDF: print-ready, readable back as text.
  await page.getByRole('button', { name: 'Export…' }).click();
  await dialog.getByRole('radio', { name: /PDF/ }).check();
  const pdfDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download three-confirmations.pdf' }).click();
  const pdfFile = (await (await pdfDownload).path()) as string;
  expect((await readFile(pdfFile)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(execFileSync('pdftotext', [pdfFile, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain(lessonTitle);
  expect(download.suggestedFilename()).toBe('three-confirmations.md');
  const exported = await readFile((await download.path()) as string, 'utf8');
  expect(exported).toContain(`# ${lessonTitle}`);
  expect(exported).toContain('## My journal');
  expect(exported).toContain('CRM cleanup with Dana');
  expect(exported).toContain('Help: a CRM field walkthrough.');

  // The journal search finds the new entry incrementally.
  await search.fill('walkthrou');
  await expect(page.getByRole('option', { name: /CRM cleanup with Dana/ })).toBeVisible();

  // Restart the real server on the same data folder: the entry and its backlink survive.
  await server.restart();
  await openApp(page, `${server.current().openUrl}#/lesson/three-confirmations`);
  await expect(page.getByRole('heading', { level: 1, name: lessonTitle })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Journal entries about this lesson' }).getByText('CRM cleanup with Dana')).toBeVisible();
  await page.getByRole('link', { name: 'Journal' }).first().click();
  await expect(page.getByText('CRM cleanup with Dana').first()).toBeVisible();
  await captureView(page, testInfo, 'journal');

  // Delete the entry, then Undo: the very same entry (same address) comes back with its backlink.
  await page.getByRole('link', { name: /CRM cleanup with Dana/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'CRM cleanup with Dana' })).toBeVisible();
  const entryUrl = page.url();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Entry deleted')).toBeVisible();
  await expect(page.getByRole('link', { name: /CRM cleanup with Dana/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Entry restored')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'CRM cleanup with Dana' })).toBeVisible();
  expect(page.url()).toBe(entryUrl);
  await page.goto(`${server.current().openUrl}#/lesson/three-confirmations`);
  await expect(page.getByRole('region', { name: 'Journal entries about this lesson' }).getByText('CRM cleanup with Dana')).toBeVisible();
});
