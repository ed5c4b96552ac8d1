// The CRM compliance check through the contract on a real SQLite file, with exports made by code in
// Salesforce's and HubSpot's shapes: recognised headers, quotes, line breaks, BOM, semicolons,
// chunks cut anywhere, `line N:` errors with nothing stored, then import → ask → next import.
import { describe, expect, it } from 'vitest';
import type { CrmImport } from '../../shared/contract';
import { coreForEachTest } from '../../../test/support/coreFixture';
import { crmExport, generatedRows, type ExportRow } from '../../../test/support/crmExports';
import { amountOf, dayOf } from './opportunities';
import { staleReasons } from './staleRules';

const fixture = coreForEachTest('2025-03-10T09:00:00');
/** Sends the file in pieces of `size` characters, as the app and the CLI do. */
async function importText(text: string, size = 64 * 1024, mapping?: Record<string, string>): Promise<CrmImport> {
  const { importId } = await fixture.client.crm.importStart({ fileName: 'export.csv', ...(mapping ? { mapping } : {}) });
  let done: CrmImport | null = null;
  for (let at = 0; at < text.length || at === 0; at += size) {
    const last = at + size >= text.length;
    done = (await fixture.client.crm.importChunk({ importId, text: text.slice(at, at + size), last })).done;
    if (last) break;
  }
  if (!done) throw new Error('the import did not finish');
  return done;
}

const row = (patch: Partial<ExportRow>): ExportRow => ({
  id: 'x',
  opportunity: 'Deal',
  account: 'Acme',
  owner: 'Dana Whitfield',
  stage: 'Negotiation',
  amount: 1000,
  closeDate: '2025-04-30',
  lastActivity: '2025-03-08',
  nextStep: 'Send the proposal',
  stageChanged: '2025-03-01',
  ...patch,
});

describe('reading CRM exports', () => {
  it('recognises a Salesforce report with a BOM, CRLF, quoted commas, quotes and line breaks, cut into chunks anywhere', async () => {
    const rows = generatedRows(200, ['Dana Whitfield', 'Lee Marsh'], '2025-03-10');
    const text = crmExport(rows, { crm: 'salesforce', bom: true, crlf: true, dates: 'us' });
    const preview = await fixture.client.crm.preview({ text });
    expect(preview).toMatchObject({ source: 'salesforce', missing: [] });
    expect(preview.headers[0]).toBe('Opportunity Owner');
    expect(preview.sample[0]?.[1]).toBe('Acme, Inc.\nWest 0');
    // A preview reads the start of the file, cut anywhere, even inside a quoted line break.
    const cut = text.slice(0, text.indexOf('Acme, Inc.\nWest 5') + 'Acme, Inc.\n'.length);
    expect(await fixture.client.crm.preview({ text: cut })).toMatchObject({ source: 'salesforce', sample: expect.arrayContaining([expect.any(Array)]) });
    await expect(fixture.client.crm.preview({ text: 'Opportunity Owner,Opportunity Name\n"broken' })).rejects.toThrow(/line 2: a value opened with a quote/);
    const whole = await importText(text);
    expect(whole).toMatchObject({ rows: 200, source: 'salesforce', day: '2025-03-10' });
    const first = await fixture.client.crm.stale({});
    // Chunks of 7 characters cut quotes, line breaks and the BOM's row: the same result.
    await importText(text, 7);
    const again = await fixture.client.crm.stale({});
    expect(again.owners.map((o) => [o.owner, o.opportunities, o.stale])).toEqual(first.owners.map((o) => [o.owner, o.opportunities, o.stale]));
    const dana = again.owners.find((o) => o.owner === 'Dana Whitfield');
    expect(dana?.worst[0]).toMatchObject({ opportunity: expect.stringMatching(/^Renewal \d+, "phase \d"$/), reasons: expect.arrayContaining(['no next step']) });
  });

  it('recognises a HubSpot deal export saved by Excel with semicolons, sep=; and day-first dates', async () => {
    const text = crmExport([row({ id: '1', closeDate: '2025-02-25', amount: 12500.5 }), row({ id: '2', opportunity: 'Deal; two', owner: 'Lee Marsh' })], { crm: 'hubspot', delimiter: ';', dates: 'dotted', bom: true, crlf: true });
    expect((await fixture.client.crm.preview({ text })).source).toBe('hubspot');
    await importText(text);
    const view = await fixture.client.crm.stale({});
    const dana = view.owners.find((o) => o.owner === 'Dana Whitfield');
    expect(dana?.worst[0]).toMatchObject({ closeDate: '2025-02-25', amount: 12500.5, reasons: ['close date passed 13 days ago'] });
    expect(view.owners.find((o) => o.owner === 'Lee Marsh')?.opportunities).toBe(1);
  });

  it('asks for a mapping of unknown columns once, and remembers it for files with the same headers', async () => {
    const text = 'Deal,Rep,Due\nRenewal,Dana Whitfield,2025-01-31\n';
    const preview = await fixture.client.crm.preview({ text });
    expect(preview).toMatchObject({ source: 'unknown', missing: ['opportunity', 'owner'] });
    const { importId } = await fixture.client.crm.importStart({ fileName: 'x.csv' });
    await expect(fixture.client.crm.importChunk({ importId, text, last: true })).rejects.toThrow(/No column is chosen for the opportunity name and the owner/);
    await importText(text, 1000, { opportunity: 'Deal', owner: 'Rep', closeDate: 'Due' });
    expect(await fixture.client.crm.preview({ text: 'Deal,Rep,Due\n' })).toMatchObject({ source: 'remembered', mapping: { opportunity: 'Deal', owner: 'Rep', closeDate: 'Due' }, missing: [] });
    expect((await importText(text)).source).toBe('remembered');
  });

  it('refuses a malformed file with line numbers, and stores nothing of it', async () => {
    const good = crmExport([row({ id: '1' }), row({ id: '2' })], { crm: 'salesforce' });
    const unclosed = `${good}Dana Whitfield,Acme,"Renewal,Negotiation,1,2025-01-01,,,,3\n`;
    await expect(importText(unclosed)).rejects.toThrow('line 4: a value opened with a quote (") is never closed');
    const badValues = crmExport([row({ id: '1' }), row({ id: '2', closeDate: '2025-13-45' }), row({ id: '3', owner: '' })], { crm: 'salesforce' }).replace('2025-13-45', '31/31/2025');
    await expect(importText(badValues)).rejects.toThrow(/2 rows have problems, so nothing was imported:\nline 3: "Close Date" is "31\/31\/2025", which is not a date\.\nline 4: the owner \("Opportunity Owner"\) is empty/);
    const ragged = `${good}only,three,values\n`;
    await expect(importText(ragged)).rejects.toThrow(/line 4: this row has a different number of values/);
    expect((await fixture.client.crm.stale({})).latest).toBeNull();
    await expect(importText('')).rejects.toThrow(/The file is empty/);
  });
});

describe('the rules and the values', () => {
  it('reads the dates, amounts and stale reasons CRMs and leaders mean', () => {
    expect(['2025-03-10', '2025-03-10T14:00:00Z', '3/10/2025', '10.03.2025', '', '2025-02-30', 'soon'].map((v) => dayOf(v, false))).toEqual(['2025-03-10', '2025-03-10', '2025-03-10', '2025-03-10', null, undefined, undefined]);
    expect(dayOf('10/03/2025', true)).toBe('2025-03-10');
    expect(['$12,500.00', '12.500,00 €', '(1,200)', '12500', '', '1,5', 'n/a'].map(amountOf)).toEqual([12500, 12500, -1200, 12500, null, 1.5, null]);
    const rules = { closeDatePast: true, noActivityDays: 30, missingNextStep: true, stageUnchangedDays: 60 };
    const stale = { stage: 'Proposal', closeDate: '2025-03-01', lastActivity: '2025-01-01', nextStep: ' ', stageChanged: '2024-12-01' };
    expect(staleReasons(stale, rules, '2025-03-10')).toEqual(['close date passed 9 days ago', 'no activity in 68 days', 'no next step', 'stage unchanged for 99 days']);
    expect(staleReasons({ ...stale, stage: 'Closed Lost' }, rules, '2025-03-10')).toEqual([]);
    expect(staleReasons(stale, { closeDatePast: false, noActivityDays: null, missingNextStep: false, stageUnchangedDays: null }, '2025-03-10')).toEqual([]);
    expect(staleReasons({ ...stale, lastActivity: null }, rules, '2025-03-10')).toContain('no activity logged');
  });
});

describe('from a stale pipeline to asks, and back', () => {
  it('asks two owners; the next export shows one fixed everything (offered as done) and the other a candidate after its date', async () => {
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const lee = await fixture.client.people.create({ name: 'Lee Marsh', relation: 'salesperson' });
    const first = [
      row({ id: 'd1', opportunity: 'Acme renewal', nextStep: '' }),
      row({ id: 'd2', opportunity: 'Globex upsell', closeDate: '2025-02-01' }),
      row({ id: 'd3', opportunity: 'Initech pilot' }),
      row({ id: 'l1', owner: 'Lee Marsh', opportunity: 'Umbrella', lastActivity: '2024-12-01' }),
      row({ id: 'l2', owner: 'Lee Marsh', opportunity: 'Hooli', stage: 'Closed Won', closeDate: '2025-01-01' }),
    ];
    await importText(crmExport(first, { crm: 'salesforce' }));
    const view = await fixture.client.crm.stale({});
    expect(view.owners.map((o) => [o.owner, o.opportunities, o.stale, o.person?.id, o.confirmed])).toEqual([
      ['Dana Whitfield', 3, 2, dana.id, false],
      ['Lee Marsh', 2, 1, lee.id, false],
    ]);
    expect((await fixture.client.crm.stale({ owner: 'Lee Marsh' })).owners.map((o) => o.owner)).toEqual(['Lee Marsh']);

    const { asks } = await fixture.client.crm.ask({ all: true, expectedBy: '2025-03-14' });
    expect(asks.map((a) => [a.personId, a.text, a.confirmations])).toEqual([
      [dana.id, 'Bring your 2 stale opportunities in the CRM up to date', { how: null, when: '2025-03-14', help: null }],
      [lee.id, 'Bring your 1 stale opportunity in the CRM up to date', { how: null, when: '2025-03-14', help: null }],
    ]);
    expect(asks[0]?.notes).toContain('- Globex upsell (Acme): close date passed 37 days ago');
    expect(asks[0]?.lessonIds).toEqual(['crm-compliance']);
    expect((await fixture.client.crm.stale({})).owners.every((o) => o.confirmed)).toBe(true);

    // A week later: Dana fixed both, Lee did not.
    fixture.setNow('2025-03-17T09:00:00');
    await importText(crmExport([row({ id: 'd1', opportunity: 'Acme renewal' }), row({ id: 'd2', opportunity: 'Globex upsell' }), ...first.slice(2)], { crm: 'salesforce' }));
    const next = await fixture.client.crm.stale({});
    expect(next.asks.map((s) => [s.ask.personId, s.opportunities, s.stillStale, s.state])).toEqual([
      [dana.id, 2, 0, 'all-fixed'],
      [lee.id, 1, 1, 'mandate-candidate'],
    ]);
    expect((await fixture.client.actions.candidates({})).map((a) => a.personId)).toContain(lee.id);
  });

  it('finds opportunities of the latest import by their name or account, every word, any case, wildcards taken literally', async () => {
    await importText(crmExport([row({ id: '1', opportunity: 'Acme renewal', account: 'Acme, Inc.' }), row({ id: '2', opportunity: 'Globex upsell', account: 'Globex 100%' }), row({ id: '3', opportunity: 'Initech', account: 'acme west' })], { crm: 'salesforce' }));
    const names = async (q: string) => (await fixture.client.crm.find({ q })).opportunities.map((o) => o.opportunity);
    expect(await names('ACME')).toEqual(['Acme renewal', 'Initech']);
    expect(await names('acme west')).toEqual(['Initech']);
    expect(await names('100%')).toEqual(['Globex upsell']);
    expect(await names('_')).toEqual([]);
    expect((await fixture.client.crm.find({ q: 'acme', limit: 1 })).total).toBe(2);
  });

  it('will not ask an owner nobody is matched to, and says who', async () => {
    await importText(crmExport([row({ owner: 'Pat Nobody', nextStep: '' })], { crm: 'salesforce' }));
    await expect(fixture.client.crm.ask({ all: true, expectedBy: '2025-03-14' })).rejects.toThrow(/Pat Nobody is not matched to anyone in your people yet/);
    await expect(fixture.client.crm.ask({ owners: ['Someone Else'], expectedBy: '2025-03-14' })).rejects.toThrow(/No owner in the latest import is called "Someone Else"/);
    const pat = await fixture.client.people.create({ name: 'Patricia Nobody', relation: 'salesperson' });
    await fixture.client.crm.mapOwner({ owner: 'Pat Nobody', personId: pat.id });
    expect((await fixture.client.crm.ask({ owners: ['pat nobody'], expectedBy: '2025-03-14' })).asks.map((a) => a.personId)).toEqual([pat.id]);
  });
});
