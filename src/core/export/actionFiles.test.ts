// Coaching actions as CSV and iCalendar, through the contract, read back with other libraries
// (csv-parse, ical.js): what a spreadsheet or a calendar will see.
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { neutralised } from './actionFiles';
import { coreForEachTest } from '../../../test/support/coreFixture';

const fixture = coreForEachTest();

async function someActions() {
  const dana = await fixture.client.people.create({ name: 'Dana "DW" Whitfield, AE', relation: 'salesperson' });
  const sam = await fixture.client.people.create({ name: 'Sam Ortiz', relation: 'sales-manager' });
  const ask = await fixture.client.actions.create({
    kind: 'ask',
    personId: dana.id,
    text: '=HYPERLINK("https://evil.example","Update the close dates")',
    date: '2025-03-03',
    lessonIds: ['three-confirmations'],
    confirmations: { how: '+1 hour, Tuesday\nthen Wednesday', when: '2025-03-05', help: '@walkthrough' },
    notes: '-5 deals; tab\there',
  });
  const { mandate } = await fixture.client.actions.escalate({ id: ask.id, dueDate: '2025-03-14' });
  const later = await fixture.client.actions.create({ kind: 'ask', personId: sam.id, text: 'Forecast by Friday', confirmations: { when: '2025-03-21' } });
  const share = await fixture.client.actions.create({ kind: 'share', personId: sam.id, text: 'How I run a pipeline review', category: 'expertise' });
  return { dana, sam, ask, mandate, later, share };
}

describe('actions as CSV', () => {
  it('opens as the same table in a spreadsheet: BOM, CRLF, quoting, and no cell taken for a formula', async () => {
    const { ask, mandate, share } = await someActions();
    const doc = await fixture.client.export.actions({ format: 'csv' });
    expect(doc).toMatchObject({ mimeType: 'text/csv', purpose: 'archive', fileName: 'fulcrum-actions-2025-03-10.csv' });
    expect(doc.holds).toBe('Archive: 4 coaching actions, with the people they concern and your notes. Keep it private.');
    expect(doc.content.startsWith('\uFEFFDate,Kind,Status,Person,What,')).toBe(true);
    expect(doc.content.split('\r\n')[0]).toBe('\uFEFFDate,Kind,Status,Person,What,Ask form,How,Expected by,Help needed,Due date,Escalates the ask,Ladder step,Share category,Flags,Lessons,Notes,Closed on');
    expect(doc.content.replace(/\r\n/g, '').includes('\r')).toBe(false);

    const rows = parse(doc.content, { bom: true, columns: true, relax_column_count: false }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(4);
    const byKind = (kind: string) => rows.filter((row) => row.Kind === kind);
    const [askRow] = byKind('Ask').filter((row) => row.What === `'${ask.text}`);
    expect(askRow).toMatchObject({
      Kind: 'Ask',
      Status: 'escalated',
      Person: 'Dana "DW" Whitfield, AE',
      How: "'+1 hour, Tuesday\nthen Wednesday",
      'Expected by': '2025-03-05',
      'Help needed': "'@walkthrough",
      Notes: "'-5 deals; tab\there",
      Lessons: 'The three confirmations: how, when and what help',
    });
    expect(byKind('Mandate')[0]).toMatchObject({ What: `'${mandate.text}`, 'Due date': '2025-03-14', 'Escalates the ask': `'${ask.text}`, 'Ladder step': 'Reminder conversation' });
    expect(byKind('Share')[0]).toMatchObject({ What: share.text, 'Share category': 'expertise' });
    // No cell a spreadsheet would evaluate, and no database id anywhere.
    for (const row of rows) for (const value of Object.values(row)) expect(value, value).not.toMatch(/^[=+\-@\t\r]/);
    for (const id of [ask.id, mandate.id, share.id]) expect(doc.content).not.toContain(id);
  });

  it('filters like the journal views, and says who it is about', async () => {
    const { sam } = await someActions();
    const doc = await fixture.client.export.actions({ format: 'csv', personId: sam.id, status: 'open' });
    expect(doc.fileName).toBe('fulcrum-actions-sam-ortiz-2025-03-10.csv');
    expect(doc.holds).toMatch(/^Archive: 1 coaching action with Sam Ortiz/);
    const rows = parse(doc.content, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => r.What)).toEqual(['Forecast by Friday']);
    expect(doc.preview).toContain('<table>');
  });

  it('neutralises every formula trigger', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', 'plain', '2025-03-10'].map(neutralised)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "'\r=1", 'plain', '2025-03-10']);
  });
});

describe('follow-ups as iCalendar', () => {
  it('holds one all-day event per open follow-up, with UIDs that stay the same and no ids', async () => {
    const { ask, mandate, later } = await someActions();
    const doc = await fixture.client.export.actions({ format: 'ics' });
    expect(doc).toMatchObject({ mimeType: 'text/calendar', fileName: 'fulcrum-follow-ups-2025-03-10.ics', purpose: 'archive' });
    expect(doc.holds).toBe('Archive: 2 dated follow-ups, for your own calendar. They name people and hold your notes; keep it private.');
    expect(doc.content.split('\r\n').length).toBeGreaterThan(10);

    const calendar = new ICAL.Component(ICAL.parse(doc.content));
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    const summaries = events.map((e) => e.summary).sort();
    expect(summaries).toEqual([`Due from ${mandate.personName}: ${mandate.text}`, `Follow up with Sam Ortiz: ${later.text}`].sort());
    const forSam = events.find((e) => e.summary.includes('Sam Ortiz')) as ICAL.Event;
    expect(forSam.startDate.isDate).toBe(true);
    expect(forSam.startDate.toString()).toBe('2025-03-21');
    expect(forSam.description).toContain('How: (not confirmed)');
    for (const id of [ask.id, mandate.id, later.id]) expect(doc.content).not.toContain(id);

    // Exported again later (after an edit), the same follow-up keeps its UID: a calendar updates it.
    await fixture.client.actions.update({ id: later.id, confirmations: { when: '2025-03-24' } });
    const again = new ICAL.Component(ICAL.parse((await fixture.client.export.actions({ format: 'ics' })).content));
    const moved = again.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent)).find((e) => e.summary.includes('Sam Ortiz')) as ICAL.Event;
    expect(moved.uid).toBe(forSam.uid);
    expect(moved.startDate.toString()).toBe('2025-03-24');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });
});
