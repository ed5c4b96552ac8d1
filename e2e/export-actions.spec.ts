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

test('export a 1:1 prep sheet and a range of the journal, both marked private', async ({ page }) => {
  const api = server.current().api;
  const sam = await api<{ id: string }>('people.create', { name: 'Sam Ortiz', relation: 'sales-manager' });
  await api('actions.create', { kind: 'ask', personId: sam.id, text: 'Send the forecast', confirmations: { how: 'A shared sheet' } });
  const today = new Date().toISOString().slice(0, 10);
  await api('journal.create', { date: today, title: 'Pipeline review', body: `Reviewed the pipeline with [Sam](person:${sam.id}).` });
  await openApp(page, `${server.current().openUrl}#/people/${sam.id}`);

  await page.getByRole('button', { name: 'Export 1:1 prep…' }).click();
  const prep = page.getByRole('dialog', { name: 'Export “1:1 prep: Sam Ortiz”' });
  await expect(prep.getByRole('status')).toHaveText('Archive: your open asks, mandates, recent shares and notes about Sam Ortiz. Keep it private.');
  await expect(prep.getByRole('checkbox')).toHaveCount(0);
  const sheet = prep.getByRole('region', { name: 'Preview of the file' });
  await expect(sheet.getByRole('heading', { name: 'Open asks' })).toBeVisible();
  await expect(sheet.getByText(/Send the forecast — asked .* How: A shared sheet\. When: not confirmed\./)).toBeVisible();
  await prep.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'Journal' }).first().click();
  await page.getByRole('button', { name: 'Export…' }).click();
  const journal = page.getByRole('dialog', { name: 'Export the journal' });
  await expect(journal.getByRole('status')).toHaveText(/^Archive: 1 journal entry from .* to .*, with the people they name\. Keep it private\.$/);
  await expect(journal.getByRole('region', { name: 'Preview of the file' }).getByText('Reviewed the pipeline with Sam Ortiz.')).toBeVisible();
  await journal.getByLabel('To').fill(new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
  await expect(journal.getByRole('status')).toHaveText(/^Archive: 0 journal entries from /);
});
