// Backup and restore as a user does it, all in the app: back up, save the file elsewhere, lose the
// data folder, restore the file, and find the journal exactly as it was; and a journal found empty
// at start, which opens the recovery screen instead of an empty app.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, truncateSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/app';
import { violationsOf } from './support/axe';
import { serveFulcrumForFile } from './support/fulcrumServer';
import { captureView } from './support/screenshots';

const server = serveFulcrumForFile(test);

async function everything() {
  const api = server.current().api;
  return { journal: await api('journal.list', {}), people: await api('people.list', {}), actions: await api('actions.list', {}), briefs: await api('briefs.list', {}) };
}

async function fill(): Promise<void> {
  const api = server.current().api;
  const dana = await api<{ id: string }>('people.create', { name: 'Dana Whitfield', relation: 'salesperson' });
  await api('actions.create', { kind: 'ask', personId: dana.id, text: 'Update the close dates', confirmations: { how: 'Tuesday block' } });
  await api('journal.create', { date: '2025-03-09', title: 'Weekly 1:1', body: `Talked with [Dana](person:${dana.id}).`, lessonIds: ['three-confirmations'] });
  await api('briefs.create', { title: 'Q3 kickoff', lessons: [{ lessonId: 'crm-compliance', comment: 'Start here.' }] });
}

async function backUpInApp(page: Page, says: RegExp): Promise<void> {
  await openApp(page, `${server.current().openUrl}#/backups`);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(says)).toBeVisible();
}

test('back up, wipe the data folder, restore the file in the app, and the journal is identical', async ({ page }, testInfo) => {
  await fill();
  const before = await everything();
  await backUpInApp(page, /^Backed up: 1 person, 1 action, 1 journal entry, 1 brief\.$/);
  await expect(page.getByRole('cell', { name: 'Made on request', exact: true })).toBeVisible();
  await captureView(page, testInfo, 'backups');

  // Keep the backup somewhere safe, then lose the whole data folder.
  const dataDir = server.current().dataDir;
  const safe = mkdtempSync(path.join(os.tmpdir(), 'fulcrum-safe-'));
  const [name] = readdirSync(path.join(dataDir, 'backups')).filter((file) => file.startsWith('manual-'));
  const backup = path.join(safe, name as string);
  copyFileSync(path.join(dataDir, 'backups', name as string), backup);
  await server.current().stop();
  rmSync(dataDir, { recursive: true, force: true });
  await server.restart();
  expect(await server.current().api('journal.list', {})).toEqual([]);

  // A file that is not a backup is refused, and nothing changes.
  await openApp(page, `${server.current().openUrl}#/backups`);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.getByLabel('Backup file to restore').setInputFiles({ name: 'holiday.fulcrum-backup', mimeType: 'application/octet-stream', buffer: Buffer.from('not a backup') });
  await expect(page.getByText(/^Nothing was restored\. holiday\.fulcrum-backup: /)).toBeVisible();
  expect(await server.current().api('journal.list', {})).toEqual([]);

  await page.getByLabel('Backup file to restore').setInputFiles(backup);
  await expect(page.getByText(/^Restored the backup made .*: 1 person, 1 action, 1 journal entry, 1 brief\. What it replaced was kept as before-restore-/)).toBeVisible();
  expect(await everything()).toEqual(before);
  await expect(page.getByRole('cell', { name: 'Kept before a restore', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByText('Weekly 1:1')).toBeVisible();
  rmSync(safe, { recursive: true, force: true });
});

test('a journal found empty at start opens the recovery screen, and the latest good backup brings it back', async ({ page }, testInfo) => {
  await fill();
  const before = await everything();
  await backUpInApp(page, /^Backed up: /);
  await server.current().stop();
  const journal = path.join(server.current().dataDir, 'fulcrum.sqlite');
  truncateSync(journal, 0); // emptied by a sync tool, say
  await server.restart();

  await openApp(page, server.current().openUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Your journal could not be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('is empty (0 bytes)');
  await expect(page.getByRole('heading', { name: 'Restore your latest good backup' })).toBeVisible();
  await captureView(page, testInfo, 'recovery');
  expect(await violationsOf(page)).toEqual([]);
  await page.getByRole('button', { name: /^Restore the backup of / }).click();

  await expect(page.getByRole('link', { name: 'Journal' })).toBeVisible();
  await expect(page.getByText(/^Restored the backup made .*What it replaced was kept as .*fulcrum\.sqlite\.empty-/)).toBeVisible();
  expect(await everything()).toEqual(before);
  expect(readdirSync(server.current().dataDir).some((file) => file.startsWith('fulcrum.sqlite.empty-'))).toBe(true);
});
