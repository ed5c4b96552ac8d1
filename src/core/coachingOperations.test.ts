// The coaching operations through the typed contract, on the real bundled library and a real SQLite
// file: people, actions, timelines, lesson pages, entry links, search and restarts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from './createCore';
import { linkMarkdown } from '../shared/inlineLinks';
import { bundledContentDir } from './paths';
import { inProcessClient } from './inProcessClient';
import { makeTempDir } from '../../test/support/tempDirs';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let core: Core;
let now = new Date('2025-03-10T09:30:00');
const start = () => createCore({ dataDir: temp.dir, contentDir: bundledContentDir(), now: () => now });
const clientOf = (c: Core) => inProcessClient({ ...c.handlers, 'host.saveFile': () => ({ saved: false }) });

beforeEach(async () => {
  now = new Date('2025-03-10T09:30:00');
  temp = await makeTempDir();
  core = await start();
});
afterEach(async () => {
  core.close();
  await temp.cleanup();
});

describe('coaching operations', () => {
  it('records an ask for a person, shows it on their timeline and on the lesson, and finds it by search', async () => {
    const client = clientOf(core);
    const dana = await client.people.create({ name: 'Dana Whitfield', relation: 'salesperson', role: 'Account executive' });
    const askAction = await client.actions.create({
      kind: 'ask',
      personId: dana.id,
      text: 'Bring the opportunity close dates up to date',
      lessonIds: ['three-confirmations'],
      confirmations: { how: 'An hour blocked on Tuesday', when: '2025-03-12', help: 'A walkthrough of the close-date field' },
    });
    const share = await client.actions.create({ kind: 'share', personId: dana.id, text: 'How I prepare a forecast call', category: 'experience', date: '2025-03-08' });

    const detail = await client.people.get({ id: dana.id });
    expect(detail.openAsks.map((a) => a.id)).toEqual([askAction.id]);
    expect(detail.timeline.map((t) => (t.type === 'action' ? t.action.id : t.entry.id))).toEqual([share.id]);

    const lesson = await client.library.lesson({ id: 'three-confirmations' });
    expect(lesson.actions.map((a) => a.id)).toEqual([askAction.id]);

    const found = await client.search.query({ q: 'close dates', kinds: ['action'] });
    expect(found.hits[0]).toMatchObject({ id: askAction.id, kind: 'action', mode: 'ask', status: 'open', personId: dana.id, due: '2025-03-12' });
    expect((await client.search.query({ q: 'whitf', kinds: ['person'] })).hits.map((h) => h.id)).toEqual([dana.id]);
    // Filters by status, person and due range, also without words.
    expect((await client.search.query({ q: '', statuses: ['open'] })).hits.map((h) => h.id)).toEqual([askAction.id]);
    expect((await client.search.query({ q: '', personIds: [dana.id], kinds: ['action'] })).total).toBe(2);
    expect((await client.search.query({ q: '', dueFrom: '2025-03-13' })).hits).toEqual([]);
    expect((await client.search.query({ q: '', dueFrom: '2025-03-01', dueTo: '2025-03-12' })).hits.map((h) => h.id)).toEqual([askAction.id]);
  });

  it('turns an overdue ask into a mandate candidate, escalates it, and keeps it all after a restart', async () => {
    let client = clientOf(core);
    const dana = await client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const askAction = await client.actions.create({ kind: 'ask', personId: dana.id, text: 'Log every customer call in the CRM', confirmations: { when: '2025-03-12' } });
    expect(await client.actions.candidates()).toEqual([]);

    now = new Date('2025-03-14T09:00:00');
    expect((await client.actions.candidates()).map((a) => a.id)).toEqual([askAction.id]);
    const report = await client.balance.report({});
    expect(report.candidates.map((a) => a.id)).toEqual([askAction.id]);
    expect(report.overdue.map((f) => [f.action.id, f.daysLate])).toEqual([[askAction.id, 2]]);

    const { mandate, from } = await client.actions.escalate({ id: askAction.id, dueDate: '2025-03-21' });
    expect(mandate).toMatchObject({ text: 'Log every customer call in the CRM', escalates: askAction.id, step: 1, flags: [] });
    expect(from).toMatchObject({ status: 'escalated', escalatedTo: mandate.id });
    expect((await client.search.query({ q: 'customer call', kinds: ['action'], statuses: ['escalated'] })).hits.map((h) => h.id)).toEqual([askAction.id]);

    core.close();
    core = await start();
    client = clientOf(core);
    const detail = await client.actions.get({ id: askAction.id });
    expect(detail.mandates.map((m) => m.id)).toEqual([mandate.id]);
    expect((await client.actions.get({ id: mandate.id })).ask?.id).toBe(askAction.id);
    // The ladder can be renamed, but not cut below a step a mandate stands on.
    const renamed = await client.settings.updateCoaching({ ladder: ['Quiet word', 'Plan', 'In writing', 'Consequence'] });
    expect(renamed.ladder[0]).toEqual({ step: 1, name: 'Quiet word' });
    await client.actions.escalate({ id: mandate.id, dueDate: '2025-03-28' }).catch(() => undefined); // not overdue yet: refused
    now = new Date('2025-03-24T09:00:00');
    const climbed = await client.actions.escalate({ id: mandate.id });
    expect(climbed.mandate.step).toBe(2);
    await expect(client.settings.updateCoaching({ ladder: ['Only one'] })).rejects.toThrow(/at least 2 steps/);
    await client.settings.updateCoaching({ ladder: ['Quiet word', 'Plan'] });
    await client.actions.setStatus({ id: climbed.mandate.id, status: 'missed' });
    await expect(client.actions.escalate({ id: climbed.mandate.id })).resolves.toMatchObject({ mandate: { step: 2, flags: [] } });
    const after = await client.balance.report({ weeks: 3 });
    expect(after.totals).toEqual({ ask: 1, share: 0, mandate: 3 });
    expect(after.candidates).toEqual([]);
    expect((await client.search.query({ q: 'customer call', kinds: ['action'] })).total).toBe(4); // the ask and three mandates
  });

  it('stores people, lessons and actions linked inside an entry as real links', async () => {
    const client = clientOf(core);
    const dana = await client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const askAction = await client.actions.create({ kind: 'ask', personId: dana.id, text: 'Send the partner list' });
    const body = `1:1 with ${linkMarkdown('person', dana.id, 'Dana')}. Applied ${linkMarkdown('lesson', 'three-confirmations', 'the three confirmations')} to ${linkMarkdown('action', askAction.id, 'the partner list')}.`;
    const entry = await client.journal.create({ date: '2025-03-10', title: 'Weekly 1:1', body, lessonIds: ['crm-compliance'] });
    expect(entry).toMatchObject({ personIds: [dana.id], actionIds: [askAction.id], lessonIds: ['crm-compliance', 'three-confirmations'] });

    expect((await client.people.get({ id: dana.id })).timeline.map((t) => t.type)).toEqual(['entry']);
    expect((await client.actions.get({ id: askAction.id })).entries.map((e) => e.id)).toEqual([entry.id]);
    expect((await client.journal.list({ date: '2025-03-10' })).map((e) => e.id)).toEqual([entry.id]);
    // The entry is found by the name of the person it links to.
    expect((await client.search.query({ q: 'whitfield', kinds: ['journal'] })).hits.map((h) => h.id)).toEqual([entry.id]);
    // A new name reaches the entries and actions about the person.
    await client.people.update({ id: dana.id, name: 'Dana Kowalski', relation: 'salesperson' });
    expect((await client.search.query({ q: 'kowalski', kinds: ['journal', 'action', 'person'] })).hits.map((h) => h.kind).sort()).toEqual(['action', 'journal', 'person']);

    await expect(client.journal.create({ date: '2025-03-10', body: '[Ghost](person:no-such-person)' })).rejects.toThrow(/not in your journal/);
    await expect(client.people.delete({ id: dana.id })).rejects.toThrow(/Archive them instead/);
  });

  it('refuses bad coaching input in plain words and writes nothing', async () => {
    const client = clientOf(core);
    const dana = await client.people.create({ name: 'Dana', relation: 'salesperson' });
    // @ts-expect-error: an unknown relation on purpose
    await expect(client.people.create({ name: 'X', relation: 'boss' })).rejects.toThrow(/Relation must be one of: sales-manager/);
    await expect(client.actions.create({ kind: 'ask', personId: dana.id, text: '  ' })).rejects.toThrow(/Text is required/);
    await expect(client.actions.create({ kind: 'share', personId: dana.id, text: 'An idea', category: 'idea', dueDate: '2025-03-20' })).rejects.toThrow(/unconditional/);
    await expect(client.actions.create({ kind: 'ask', personId: 'nobody', text: 'x' })).rejects.toThrow(/not in your journal/);
    await expect(client.actions.create({ kind: 'ask', personId: dana.id, text: 'x', lessonIds: ['no-such-lesson'] })).rejects.toThrow('No lesson is called "no-such-lesson"');
    expect(await client.actions.list({})).toEqual([]);
    const kept = await client.actions.create({ kind: 'ask', personId: dana.id, text: 'x', lessonIds: ['three-confirmations'] });
    await expect(client.actions.update({ id: kept.id, lessonIds: ['three-confirmations', 'no-such-lesson'] })).rejects.toThrow('No lesson is called "no-such-lesson"');
    expect((await client.actions.get({ id: kept.id })).action.lessonIds).toEqual(['three-confirmations']);
    await client.actions.delete({ id: kept.id });
    expect((await client.settings.updateCoaching({ askTarget: 0.7, ladder: ['Talk', 'Plan', 'Write', 'Act', 'Exit'] })).ladder.map((s) => s.name)).toHaveLength(5);
    await expect(client.settings.updateCoaching({ askTarget: 2 })).rejects.toThrow(/between 0 and 1/);
    expect((await client.settings.coaching()).askTarget).toBe(0.7);
  });

  it('saves the ask target and the ladder together or not at all', async () => {
    const client = clientOf(core);
    const sam = await client.people.create({ name: 'Sam', relation: 'sales-manager' });
    await client.actions.create({ kind: 'mandate', personId: sam.id, text: 'Forecast by Friday noon', step: 3 });
    await expect(client.settings.updateCoaching({ askTarget: 0.9, ladder: ['Talk', 'Plan'] })).rejects.toThrow(/stands on step 3, so the ladder needs at least 3 steps/);
    expect(await client.settings.coaching()).toMatchObject({ askTarget: 0.6, ladder: [{ name: 'Reminder conversation' }, {}, {}, {}] });
    expect(await client.settings.updateCoaching({ askTarget: 0.9, ladder: ['Talk', 'Plan', 'Write'] })).toMatchObject({ askTarget: 0.9, ladder: [{ step: 1, name: 'Talk' }, {}, { step: 3, name: 'Write' }] });
  });

  it('checks reminders once per follow-up per day', async () => {
    const client = clientOf(core);
    const dana = await client.people.create({ name: 'Dana', relation: 'salesperson' });
    const due = await client.actions.create({ kind: 'ask', personId: dana.id, text: 'Send the forecast', confirmations: { when: '2025-03-10' } });
    const first = await client.reminders.check({ record: true });
    expect(first.toNotify.map((f) => f.action.id)).toEqual([due.id]);
    expect((await client.reminders.check({ record: true })).toNotify).toEqual([]);
    expect((await client.reminders.check({})).followUps).toHaveLength(1);
    now = new Date('2025-03-11T08:00:00');
    expect((await client.reminders.check({ record: true })).toNotify.map((f) => [f.action.id, f.state])).toEqual([[due.id, 'overdue']]);
  });
});
