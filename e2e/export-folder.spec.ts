// Several documents at once, as a leader does it: lessons added to a brief straight from search
// results, the results exported as a zip whose files link to each other, the journal as a zip with a
// file per entry, and a long export stopped half-way that saves nothing.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { serveFulcrumForFile } from './support/fulcrumServer';
import { captureView } from './support/screenshots';

const server = serveFulcrumForFile(test);

test('add lessons to a brief from search results, and export the results as a zip of linked files', async ({ page }, testInfo) => {
  await server.current().api('journal.create', { date: '2025-03-09', body: 'Private marker quillifant about the ladder.', lessonIds: ['climb-one-step-at-a-time'] });
  await openApp(page, server.current().openUrl);
  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await search.click();
  await search.fill('ladder');
  const climb = page.getByRole('option', { name: /Climb the accountability ladder one step at a time/ });
  await expect(climb).toBeVisible();

  // With the mouse: "+ Brief" on the lesson, then a new brief.
  await climb.hover();
  await climb.getByText('+ Brief').click();
  await page.getByRole('menuitem', { name: 'New brief with this lesson' }).click();
  await expect(page.getByText('Added to “Untitled brief”')).toBeVisible();

  // With the keyboard: choose another lesson, Alt+B, the brief.
  await search.fill('escalate only the gap');
  const gap = page.getByRole('option', { name: /Escalate only the gap/ });
  await expect(gap).toBeVisible();
  await search.focus();
  await search.press('ArrowDown');
  await expect(page.getByRole('option', { selected: true })).toContainText('Escalate only the gap');
  await search.press('Alt+b');
  await captureView(page, testInfo, 'search-add-to-brief');
  await page.getByRole('menuitem', { name: /Untitled brief · 1 lesson/ }).click();
  await expect(page.getByText('Added to “Untitled brief”')).toHaveCount(2);
  const briefs = await server.current().api<Array<{ lessons: Array<{ lessonId: string }> }>>('briefs.list', {});
  expect(briefs[0]?.lessons.map((l) => l.lessonId)).toEqual(['climb-one-step-at-a-time', 'escalate-only-the-gap']);

  // Export the results: shared, library text only, as a zip of linked web pages.
  await search.fill('ladder');
  await expect(climb).toBeVisible();
  await page.getByRole('button', { name: /^Export these \d+ results…$/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the results for “ladder”' });
  await expect(dialog.getByRole('status').first()).toHaveText(/^Share: \d+ documents from the library, one file each, with links between them\. No journal text, people or actions\.$/);
  await expect(dialog.getByRole('region', { name: "The folder's index page" }).getByRole('link', { name: /Climb the accountability ladder/ })).toBeVisible();
  await dialog.getByRole('radio', { name: /Web page/ }).check();
  await captureView(page, testInfo, 'export-folder-dialog');
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Download fulcrum-share-.*\.zip$/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^fulcrum-share-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = unzipSync(new Uint8Array(await readFile((await download.path()) as string)));
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  const folder = names[0]?.split('/')[0] as string;
  expect(names).toContain(`${folder}/index.html`);
  expect(names).toContain(`${folder}/climb-one-step-at-a-time.html`);
  const all = names.map((name) => strFromU8(files[name] as Uint8Array)).join('\n');
  expect(all).not.toContain('quillifant');
  expect(all).not.toMatch(/(lesson|item|person|action|entry):/);
  expect(strFromU8(files[`${folder}/index.html`] as Uint8Array)).toContain('href="climb-one-step-at-a-time.html"');
  await expect(page.getByText(/^Downloaded fulcrum-share-.*\.zip\. Share:/)).toBeVisible();
});

test('the journal as a zip with a file per entry, and a long export stopped half-way saves nothing', async ({ page }) => {
  const api = server.current().api;
  for (let day = 1; day <= 28; day += 1) {
    for (let n = 0; n < 3; n += 1) await api('journal.create', { date: `2025-02-${String(day).padStart(2, '0')}`, title: `Note ${day}.${n}`, body: 'Long enough to take a moment as a PDF. '.repeat(30) });
  }
  await openApp(page, `${server.current().openUrl}#/journal`);
  await page.getByRole('button', { name: 'Export…' }).click();
  const single = page.getByRole('dialog', { name: 'Export the journal' });
  await single.getByLabel('From').fill('2025-02-01');
  await single.getByLabel('To').fill('2025-02-28');
  await single.getByRole('button', { name: 'A file per entry instead (zip)…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the journal, 2025-02-01 to 2025-02-28, a file per entry' });
  await expect(dialog.getByRole('status').first()).toHaveText(/^Archive: 84 journal entries from 2025-02-01 to 2025-02-28, one file each/);

  // PDF of 84 entries takes a while: stop it.
  await dialog.getByRole('radio', { name: /PDF/ }).check();
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await dialog.getByRole('button', { name: /^Download journal-2025-02-01-to-2025-02-28\.zip$/ }).click();
  await expect(dialog.getByText(/^Making \d+ of 84: Note/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByText('Export stopped; nothing was saved.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();

  // Markdown, to the end.
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Download journal-2025-02-01-to-2025-02-28\.zip$/ }).click();
  const files = unzipSync(new Uint8Array(await readFile((await (await downloading).path()) as string)));
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  expect(names).toHaveLength(85);
  expect(names).toContain('journal-2025-02-01-to-2025-02-28/journal-2025-02-14-note-14-1.md');
  expect(downloads).toBe(1);
});
