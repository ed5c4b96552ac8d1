// Backup and restore as a user does it: back up from the app, lose the data folder, restore with the
// CLI, and find the journal exactly as it was.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { serveFulcrumForFile } from './support/fulcrumServer';
import { captureView } from './support/screenshots';

const server = serveFulcrumForFile(test);
const root = path.resolve(import.meta.dirname, '..');

test('back up, wipe the data folder, restore, and the journal is identical', async ({ page }, testInfo) => {
  const api = server.current().api;
  const dana = await api<{ id: string }>('people.create', { name: 'Dana Whitfield', relation: 'salesperson' });
  await api('actions.create', { kind: 'ask', personId: dana.id, text: 'Update the close dates', confirmations: { how: 'Tuesday block' } });
  await api('journal.create', { date: '2025-03-09', title: 'Weekly 1:1', body: `Talked with [Dana](person:${dana.id}).`, lessonIds: ['three-confirmations'] });
  await api('briefs.create', { title: 'Q3 kickoff', lessons: [{ lessonId: 'crm-compliance', comment: 'Start here.' }] });
  const before = { journal: await api('journal.list', {}), people: await api('people.list', {}), actions: await api('actions.list', {}), briefs: await api('briefs.list', {}) };

  await openApp(page, `${server.current().openUrl}#/backups`);
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backed up: 1 person, 1 action, 1 journal entry, 1 brief.')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Made on request' })).toBeVisible();
  await captureView(page, testInfo, 'backups');

  // Keep the backup somewhere safe, then lose the whole data folder.
  const dataDir = server.current().dataDir;
  const safe = mkdtempSync(path.join(os.tmpdir(), 'fulcrum-safe-'));
  const [name] = readdirSync(path.join(dataDir, 'backups')).filter((file) => file.startsWith('manual-'));
  const backup = path.join(safe, name as string);
  copyFileSync(path.join(dataDir, 'backups', name as string), backup);
  await server.current().stop();
  rmSync(dataDir, { recursive: true, force: true });

  const restored = await promisify(execFile)(process.execPath, [path.join(root, 'bin', 'fulcrum.js'), 'restore', backup, '--data-dir', dataDir], { cwd: root });
  expect(restored.stdout).toMatch(/^Restored 1 person, 1 action, 1 journal entry from /);

  await server.restart();
  const after = server.current().api;
  expect({ journal: await after('journal.list', {}), people: await after('people.list', {}), actions: await after('actions.list', {}), briefs: await after('briefs.list', {}) }).toEqual(before);
  await openApp(page, `${server.current().openUrl}#/journal`);
  await expect(page.getByText('Weekly 1:1')).toBeVisible();
  rmSync(safe, { recursive: true, force: true });
});
