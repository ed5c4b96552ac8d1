// Every main view, checked with axe (WCAG 2.1 A and AA rules) in real Chromium, with real data in it.
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/app';
import { violationsOf } from './support/axe';
import { serveFulcrumForFile } from './support/fulcrumServer';

const server = serveFulcrumForFile(test, { testClock: true });
const ids: Record<string, string> = {};

test.beforeAll(async () => {
  const api = server.current().api;
  await api('host.setClock', { now: new Date(2025, 2, 14, 9).toISOString() });
  const dana = await api<{ id: string }>('people.create', { name: 'Dana Whitfield', relation: 'salesperson', role: 'Account executive' });
  const ask = await api<{ id: string }>('actions.create', { kind: 'ask', personId: dana.id, text: 'Update the close dates', date: '2025-03-10', lessonIds: ['three-confirmations'], confirmations: { when: '2025-03-12', how: 'Tuesday block' } });
  await api('actions.create', { kind: 'share', personId: dana.id, text: 'How I prepare a forecast call', category: 'experience', date: '2025-03-11' });
  const mandate = await api<{ id: string }>('actions.create', { kind: 'mandate', personId: dana.id, text: 'Forecast by Friday noon', date: '2025-03-13' });
  const entry = await api<{ id: string }>('journal.create', { date: '2025-03-14', title: '1:1 with Dana', body: `Talked with [Dana](person:${dana.id}) about [the close dates](action:${ask.id}).`, lessonIds: ['three-confirmations'] });
  const brief = await api<{ id: string }>('briefs.create', { title: 'Q3 kickoff', introduction: 'Three habits.', lessons: [{ lessonId: 'three-confirmations', comment: 'Start here.' }] });
  await api('oneOnOnes.schedule', { personId: dana.id, cadence: 'weekly', day: 5 });
  await api('oneOnOnes.start', { personId: dana.id });
  const { importId } = await api<{ importId: string }>('crm.importStart', { fileName: 'pipeline.csv' });
  const csv = 'Opportunity Owner,Opportunity Name,Account Name,Close Date,Next Step\nDana Whitfield,Acme renewal,Acme,2025-03-01,\nDana Whitfield,Globex,Globex,2025-05-01,Call\n';
  await api('crm.importChunk', { importId, text: csv, last: true });
  Object.assign(ids, { dana: dana.id, ask: ask.id, mandate: mandate.id, entry: entry.id, brief: brief.id });
});


const views: Array<[name: string, route: () => string, ready: (page: Page) => Promise<void>]> = [
  ['library', () => '#/library', (p) => expect(p.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible()],
  ['item', () => '#/item/meet-the-sales-experts-phil-harris', (p) => expect(p.getByRole('heading', { level: 1 })).toBeVisible()],
  ['lesson', () => '#/lesson/three-confirmations', (p) => expect(p.getByRole('region', { name: 'Actions that applied this lesson' })).toBeVisible()],
  ['journal', () => '#/journal', (p) => expect(p.getByText('1:1 with Dana').first()).toBeVisible()],
  ['journal day', () => '#/journal/day/2025-03-14', (p) => expect(p.getByText('1:1 with Dana').first()).toBeVisible()],
  ['journal entry', () => `#/journal/${ids.entry}`, (p) => expect(p.getByRole('heading', { level: 1, name: '1:1 with Dana' })).toBeVisible()],
  ['new entry', () => '#/journal/new', (p) => expect(p.getByRole('textbox', { name: 'Entry text' })).toBeVisible()],
  ['people', () => '#/people', (p) => expect(p.getByRole('table', { name: 'People' }).getByRole('link', { name: /Dana Whitfield/ })).toBeVisible()],
  ['person', () => `#/people/${ids.dana}`, (p) => expect(p.getByRole('region', { name: 'Timeline' })).toBeVisible()],
  ['ask', () => `#/actions/${ids.ask}`, (p) => expect(p.getByRole('heading', { level: 1, name: 'Update the close dates' })).toBeVisible()],
  ['flagged mandate', () => `#/actions/${ids.mandate}`, (p) => expect(p.getByRole('list', { name: 'Flags' })).toBeVisible()],
  ['action editor', () => `#/actions/new?person=${ids.dana}`, (p) => expect(p.getByRole('radiogroup', { name: 'Kind' })).toBeVisible()],
  ['1:1 workspace', () => `#/people/${ids.dana}/one-on-one`, (p) => expect(p.getByRole('form', { name: '1:1 note' })).toBeVisible()],
  ['crm check', () => '#/crm', (p) => expect(p.getByRole('heading', { name: 'Stale opportunities per owner' })).toBeVisible()],
  ['balance', () => '#/balance', (p) => expect(p.getByRole('figure', { name: 'Asks, shares and mandates per week' })).toBeVisible()],
  ['briefs', () => '#/briefs', (p) => expect(p.getByRole('link', { name: 'Q3 kickoff' })).toBeVisible()],
  ['backups', () => '#/backups', (p) => expect(p.getByRole('heading', { name: 'Restoring a backup' })).toBeVisible()],
  ['brief editor', () => `#/briefs/${ids.brief}`, (p) => expect(p.getByRole('region', { name: 'Lessons in this brief' })).toBeVisible()],
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const [name, route, ready] of views) {
      test(`the ${name} view has no WCAG A/AA violations`, async ({ page }) => {
        await openApp(page, `${server.current().openUrl}${route()}`);
        await ready(page);
        expect(await violationsOf(page)).toEqual([]);
      });
    }
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open search panel, with results and filters, has no WCAG A/AA violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page, server.current().openUrl);
    const search = page.getByRole('combobox', { name: 'Search the library' }).or(page.getByRole('searchbox', { name: 'Search the library' }));
    await search.click();
    await search.pressSequentially('close');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await violationsOf(page)).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the export dialog, with its preview, has no WCAG A/AA violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page, `${server.current().openUrl}#/lesson/three-confirmations`);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: /Add my journal entries about it/ }).check();
    await expect(dialog.getByRole('status')).toHaveText(/^Share with your journal/);
    expect(await violationsOf(page)).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the folder export of search results, and a brief menu opened from a result, have no WCAG A/AA violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openApp(page, server.current().openUrl);
    const search = page.getByRole('searchbox', { name: 'Search the library' });
    await search.click();
    await search.pressSequentially('ladder');
    await expect(page.getByRole('option').first()).toBeVisible();
    await search.press('ArrowDown');
    await search.press('Alt+b');
    await expect(page.getByRole('menuitem', { name: 'New brief with this lesson' })).toBeVisible();
    expect(await violationsOf(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Export these \d+ results…$/ }).click();
    await expect(page.getByRole('dialog').getByRole('status').first()).toHaveText(/^Share: /);
    expect(await violationsOf(page)).toEqual([]);
  });
}
