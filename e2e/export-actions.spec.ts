// Coaching actions leave as a spreadsheet or a calendar, from a person's page: the dialog says it
// is a private archive, previews the rows, and the files hold them.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { serveFulcrumForFile } from './support/fulcrumServer';
import { captureView } from './support/screenshots';

const server = serveFulcrumForFile(test);

test('export the actions with one person as CSV and their follow-ups as a calendar', async ({ page }, testInfo) => {
  const api = server.current().api;
  const dana = await api<{ id: string }>('people.create', { name: 'Dana Whitfield', relation: 'salesperson' });
  const due = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
  await api('actions.create', { kind: 'ask', personId: dana.id, text: 'Update the close dates', confirmations: { when: due, how: '=1+1' } });
  await openApp(page, `${server.current().openUrl}#/people/${dana.id}`);

  await page.getByRole('button', { name: 'Export actions…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the actions with Dana Whitfield' });
  await expect(dialog.getByRole('status')).toHaveText('Archive: 1 coaching action with Dana Whitfield, with the people they concern and your notes. Keep it private.');
  await expect(dialog.getByRole('region', { name: 'Preview of the file' }).getByRole('cell', { name: 'Update the close dates' })).toBeVisible();
  await captureView(page, testInfo, 'export-actions');
  let downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Download fulcrum-actions-dana-whitfield-.*\.csv$/ }).click();
  const csv = await readFile((await (await downloading).path()) as string, 'utf8');
  expect(csv.startsWith('\uFEFFDate,Kind,Status,Person,What')).toBe(true);
  expect(csv).toContain("Dana Whitfield,Update the close dates,request,'=1+1");

  await page.getByRole('button', { name: 'Export actions…' }).click();
  await dialog.getByRole('radio', { name: /Calendar/ }).check();
  await expect(dialog.getByRole('status')).toHaveText(/^Archive: 1 dated follow-up with Dana Whitfield, for your own calendar\./);
  downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Download fulcrum-follow-ups-dana-whitfield-.*\.ics$/ }).click();
  const ics = await readFile((await (await downloading).path()) as string, 'utf8');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${due.replace(/-/g, '')}`);
  expect(ics).toContain('SUMMARY:Follow up with Dana Whitfield: Update the close dates');
});
