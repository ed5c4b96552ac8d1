// The CRM compliance check in browser mode with the test clock: import a Salesforce export → see
// stale opportunities per owner → ask two owners → a week later import the next export, where one
// owner fixed everything → that ask is offered as done; the other, past its date, is a mandate candidate.
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './support/app';
import { serveFulcrumForFile } from './support/fulcrumServer';
import { captureView } from './support/screenshots';
import { crmExport, generatedRows, type ExportRow } from '../test/support/crmExports';

const server = serveFulcrumForFile(test, { testClock: true });

const row = (patch: Partial<ExportRow>): ExportRow => ({
  id: 'x', opportunity: 'Deal', account: 'Acme', owner: 'Dana Whitfield', stage: 'Negotiation', amount: 1000,
  closeDate: '2025-04-30', lastActivity: '2025-03-08', nextStep: 'Send the proposal', stageChanged: '2025-03-01', ...patch,
});

async function importExport(page: Page, name: string, rows: ExportRow[]): Promise<void> {
  await page.getByLabel('CRM export to import').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(crmExport(rows, { crm: 'salesforce', bom: true, crlf: true, dates: 'us' })) });
  await expect(page.getByText('Salesforce opportunity report columns recognised.')).toBeVisible();
  await page.getByRole('button', { name: `Import ${name}` }).click();
  await expect(page.getByRole('status', { name: 'Latest import' })).toContainText(name);
}

test('import, ask two owners, and see on the next import who fixed theirs', async ({ page }, testInfo) => {
  const api = server.current().api;
  await api('host.setClock', { now: new Date(2025, 2, 10, 9).toISOString() });
  await api('people.create', { name: 'Dana Whitfield', relation: 'salesperson' });
  await api('people.create', { name: 'Lee Marsh', relation: 'salesperson' });
  const first = [
    row({ id: 'd1', opportunity: 'Acme renewal, phase "2"', nextStep: '' }),
    row({ id: 'd2', opportunity: 'Globex upsell', account: 'Globex\nWest', closeDate: '2025-02-01' }),
    row({ id: 'd3', opportunity: 'Initech pilot' }),
    row({ id: 'l1', owner: 'Lee Marsh', opportunity: 'Umbrella', lastActivity: '2024-12-01' }),
  ];

  await openApp(page, `${server.current().openUrl}#/crm`);
  await importExport(page, 'pipeline-week-10.csv', first);
  const dana = page.getByRole('listitem', { name: 'Dana Whitfield' });
  await expect(dana).toContainText('2 stale of 3');
  await expect(dana.getByRole('list', { name: /Worst of/ })).toContainText('Globex upsell');
  await expect(page.getByRole('listitem', { name: 'Lee Marsh' })).toContainText('1 stale of 1');
  await captureView(page, testInfo, 'crm-owners');

  // The rows stay, searchable by opportunity and account.
  await page.getByRole('searchbox', { name: 'Find an opportunity or an account' }).fill('globex west');
  const found = page.getByRole('region', { name: 'Find an opportunity' });
  await expect(found.getByRole('status')).toHaveText('1 opportunity matches:');
  await expect(found.getByRole('listitem')).toContainText('Globex upsell');
  await expect(found.getByRole('listitem')).toContainText('Stale: close date passed 37 days ago');

  // Both are matched to people by name; one action asks both, expected by Friday.
  await page.getByLabel('Up to date by').fill('2025-03-14');
  await page.getByRole('button', { name: 'Ask 2 owners' }).click();
  await expect(page.getByText(/Asked Dana Whitfield, Lee Marsh to bring their opportunities up to date/)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Asks from earlier imports' })).toHaveCount(1);

  // The following Monday: Dana fixed both of hers, Lee did not.
  await api('host.setClock', { now: new Date(2025, 2, 17, 9).toISOString() });
  await openApp(page, `${server.current().openUrl}#/crm`);
  await importExport(page, 'pipeline-week-11.csv', [row({ id: 'd1', opportunity: 'Acme renewal, phase "2"' }), row({ id: 'd2', opportunity: 'Globex upsell', account: 'Globex\nWest' }), ...first.slice(2)]);
  const asks = page.getByRole('region', { name: 'Asks from earlier imports' });
  await expect(asks.getByRole('listitem', { name: 'Dana Whitfield: All fixed' })).toContainText('0 of 2 still stale');
  await expect(asks.getByRole('listitem', { name: 'Lee Marsh: Past its date, still stale' })).toContainText('1 of 1 still stale');
  await captureView(page, testInfo, 'crm-next-import');
  await asks.getByRole('listitem', { name: 'Dana Whitfield: All fixed' }).getByRole('button', { name: 'Mark done' }).click();
  await expect(asks.getByRole('listitem', { name: /Dana Whitfield/ })).toHaveCount(0);
  // Lee's ask is a mandate candidate, as any ask past its date.
  await asks.getByRole('listitem', { name: /Lee Marsh/ }).getByRole('link', { name: 'Escalate' }).click();
  await expect(page.getByRole('group', { name: 'Escalates which ask?' }).getByRole('radio', { name: 'Bring your 1 stale opportunity in the CRM up to date' })).toBeChecked();
});

test('a malformed export is refused with its line, and nothing is stored', async ({ page }) => {
  await openApp(page, `${server.current().openUrl}#/crm`);
  const before = await page.getByRole('status', { name: 'Latest import' }).textContent().catch(() => null);
  const broken = 'Opportunity Owner,Opportunity Name,Close Date\r\nDana Whitfield,Fine,3/1/2025\r\nDana Whitfield,Bad date,31/31/2025\r\n';
  await page.getByLabel('CRM export to import').setInputFiles({ name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  await page.getByRole('button', { name: 'Import broken.csv' }).click();
  await expect(page.getByRole('alert')).toContainText('line 3: "Close Date" is "31/31/2025", which is not a date.');
  if (before) await expect(page.getByRole('status', { name: 'Latest import' })).toHaveText(before);
  else await expect(page.getByRole('status', { name: 'Latest import' })).toHaveCount(0);
});

test('a 50,000-row export imports with a progress bar', async ({ page }) => {
  const owners = Array.from({ length: 40 }, (_, i) => `Owner ${i}`);
  const text = crmExport(generatedRows(50_000, owners, '2025-03-17'), { crm: 'salesforce', bom: true, crlf: true });
  await openApp(page, `${server.current().openUrl}#/crm`);
  await page.getByLabel('CRM export to import').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Import big.csv' }).click();
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Latest import' })).toContainText('big.csv', { timeout: 30_000 });
  await expect(page.getByRole('status', { name: 'Latest import' })).toContainText('50,000 opportunities');
  await expect(page.getByRole('listitem', { name: 'Owner 0' })).toContainText(/\d+ stale of 1,?250/);
});
