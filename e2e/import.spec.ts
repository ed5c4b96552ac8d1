// Importing as a leader does it, in the app: an Obsidian vault as a folder and as a zip becomes
// journal entries, and a team's content pack joins the library: refused with file:line problems
// when broken, searchable once installed, and removable.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { itemFile } from '../test/support/tempDirs';
import { openApp } from './support/app';
import { violationsOf } from './support/axe';
import { serveFulcrumForFile } from './support/fulcrumServer';
import { captureView } from './support/screenshots';

const server = serveFulcrumForFile(test);
let scratch: string;
test.beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), 'fulcrum-import-'));
});
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test('notes from a vault folder and a zip become journal entries', async ({ page }, testInfo) => {
  const vault = path.join(scratch, 'Work');
  mkdirSync(path.join(vault, 'Daily'), { recursive: true });
  mkdirSync(path.join(vault, '.obsidian'), { recursive: true });
  writeFileSync(path.join(vault, 'Daily', '2025-03-10.md'), '# Pipeline review\n\nApplied [[three-confirmations|the three confirmations]] with the team.\n');
  writeFileSync(path.join(vault, 'Ideas.md'), '---\ndate: 2025-03-11\n---\nA thought about forecasts.\n');
  writeFileSync(path.join(vault, '.obsidian', 'workspace.md'), 'app data, not a note');

  await openApp(page, `${server.current().openUrl}#/import`);
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  await page.getByLabel('Folder of notes to import').setInputFiles(vault);
  const found = page.getByRole('group', { name: 'Notes found' });
  await expect(found).toContainText('Found 2 notes in Work');
  await captureView(page, testInfo, 'import');
  await found.getByRole('button', { name: 'Import 2 notes' }).click();
  await expect(page.getByText('Imported 2 notes from Work as journal entries.')).toBeVisible();
  const entries = await server.current().api<Array<{ title: string; date: string; lessonIds: string[] }>>('journal.list', {});
  expect(entries.map((e) => [e.date, e.title]).sort()).toEqual([
    ['2025-03-10', 'Pipeline review'],
    ['2025-03-11', 'Ideas'],
  ]);
  expect(entries.find((e) => e.title === 'Pipeline review')?.lessonIds).toEqual(['three-confirmations']);

  const zip = zipSync({ 'Logseq/journals/2025_03_12.md': strToU8('- Met Dana about the CRM.\n'), '__MACOSX/._2025_03_12.md': strToU8('junk') });
  await page.getByLabel('Zip or Markdown files of notes to import').setInputFiles({ name: 'logseq.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  await expect(found).toContainText('Found 1 note in logseq');
  await found.getByRole('button', { name: 'Import 1 note' }).click();
  await expect(page.getByText('Imported 1 note from logseq as journal entries.')).toBeVisible();

  await page.getByLabel('Zip or Markdown files of notes to import').setInputFiles({ name: 'photo.zip', mimeType: 'application/zip', buffer: Buffer.from('not a zip') });
  await expect(page.getByRole('alert')).toContainText('photo.zip is not a zip file, or it is damaged');
  expect(await server.current().api<unknown[]>('journal.list', {})).toHaveLength(3);
});

test('a content pack is checked whole, joins the library and search, and can be removed', async ({ page }) => {
  const broken = zipSync({
    'acme/discovery.md': strToU8(itemFile({ title: 'Discovery calls', lessons: [{ id: 'acme-open-questions', title: 'Open questions first', mode: 'ask' }] })),
    'acme/broken.md': strToU8('---\nkind: article\n---\nNo title.\n'),
  });
  await openApp(page, `${server.current().openUrl}#/import`);
  const input = page.getByLabel('Zip or Markdown files of pack to import');
  await input.setInputFiles({ name: 'acme.zip', mimeType: 'application/zip', buffer: Buffer.from(broken) });
  const found = page.getByRole('group', { name: 'Pack found' });
  await expect(found).toContainText('Found 2 Markdown files in acme');
  await expect(found.getByRole('textbox', { name: 'Pack title' })).toHaveValue('acme');
  await found.getByRole('textbox', { name: 'Pack title' }).fill('Acme playbook');
  await found.getByRole('button', { name: 'Check and import' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'Fix these in the pack' });
  await expect(problems).toContainText(/broken\.md:\d+: /);
  expect(await violationsOf(page)).toEqual([]);
  expect(await server.current().api<unknown[]>('packs.list', {})).toEqual([]);

  const good = zipSync({ 'acme/discovery.md': strToU8(itemFile({ title: 'Discovery calls', lessons: [{ id: 'acme-open-questions', title: 'Open questions first', mode: 'ask', body: 'Ask about the zorbleplank before pitching.' }] })) });
  await input.setInputFiles({ name: 'acme.zip', mimeType: 'application/zip', buffer: Buffer.from(good) });
  await found.getByRole('textbox', { name: 'Pack title' }).fill('Acme playbook');
  await found.getByRole('button', { name: 'Check and import' }).click();
  await expect(page.getByText('Added the pack “Acme playbook”: 1 item, 1 lesson in your library.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Acme playbook' })).toBeVisible();

  await page.getByRole('link', { name: 'Library' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Discovery calls' })).toContainText('From your pack “Acme playbook”');
  await page.getByRole('link', { name: 'Import' }).click();

  const search = page.getByRole('searchbox', { name: 'Search the library' });
  await search.fill('zorbleplank');
  await expect(page.getByRole('option', { name: /Open questions first/ })).toBeVisible();
  await search.press('Escape');
  await search.press('Escape');

  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Remove the pack “Acme playbook”' }).click();
  await expect(page.getByText('Removed the pack “Acme playbook”.')).toBeVisible();
  await expect(page.getByText('None yet: the library holds the bundled items only.')).toBeVisible();
});
