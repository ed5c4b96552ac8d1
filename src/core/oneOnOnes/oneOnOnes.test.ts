// A weekly 1:1 run through the contract on a real SQLite file: scheduled → due → started (the note
// holds what the last one left open, never an empty heading) → the next week carries over what was
// not ticked, counts shares since, and moves the schedule on.
import { describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../../test/support/coreFixture';
import { FulcrumError } from '../../shared/errors';

const fixture = coreForEachTest('2025-03-10T09:00:00'); // a Monday
const day = (iso: string) => fixture.setNow(`${iso}T09:00:00`);

describe('1:1s', () => {
  it('are scheduled, fall due, start with a note, and carry over what the last one left open', async () => {
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const late = await fixture.client.actions.create({ kind: 'ask', personId: dana.id, text: 'Update the CRM', date: '2025-03-03', confirmations: { how: 'An hour a day', when: '2025-03-07', help: 'None' } });
    const fresh = await fixture.client.actions.create({ kind: 'ask', personId: dana.id, text: 'Book the QBR', confirmations: { when: '2025-03-20' } });
    await fixture.client.actions.create({ kind: 'share', personId: dana.id, text: 'How I run a forecast call', category: 'experience', date: '2025-03-05' });
    const mandate = await fixture.client.actions.create({ kind: 'mandate', personId: dana.id, text: 'Forecast every Friday', dueDate: '2025-03-21' });

    expect(await fixture.client.oneOnOnes.schedule({ personId: dana.id, cadence: 'weekly', day: 5 })).toEqual({ personId: dana.id, cadence: 'weekly', day: 5, startsOn: '2025-03-10' });
    expect((await fixture.client.oneOnOnes.upcoming({ days: 14 })).map((u) => [u.person.name, u.next])).toEqual([['Dana Whitfield', { date: '2025-03-14', state: 'upcoming' }]]);

    day('2025-03-17'); // the Friday passed without a 1:1
    expect((await fixture.client.oneOnOnes.upcoming({ days: 0 })).map((u) => u.next)).toEqual([{ date: '2025-03-14', state: 'overdue' }]);
    expect((await fixture.client.reminders.check({ record: false })).oneOnOnes.map((u) => u.person.name)).toEqual(['Dana Whitfield']);

    const first = await fixture.client.oneOnOnes.start({ personId: dana.id });
    expect(first.note).toMatchObject({ date: '2025-03-17', title: '1:1 with Dana Whitfield', oneOnOneWith: dana.id, personIds: [dana.id] });
    // Nothing carried over and nothing written yet: the note holds who it is with, no empty heading.
    expect(first.note?.body).toBe(`With: [Dana Whitfield](person:${dana.id})`);
    expect(first.openAsks.map((a) => a.id)).toEqual([late.id, fresh.id]);
    expect(first.openMandates.map((m) => m.id)).toEqual([mandate.id]);
    expect(first.sharesSince.map((s) => s.text)).toEqual(['How I run a forecast call']);
    expect(first.next).toEqual({ date: '2025-03-21', state: 'upcoming' });
    // Starting again the same day opens the same note.
    expect((await fixture.client.oneOnOnes.start({ personId: dana.id })).note?.id).toBe(first.note?.id);

    // The leader writes the note: one item ticked, two left open.
    const note = first.note as NonNullable<typeof first.note>;
    await fixture.client.journal.update({ id: note.id, date: note.date, title: note.title, body: `${note.body}\n\n## Next time\n- [ ] Territory split\n- [x] Forecast template\n- [ ] Hiring plan\n\n## Reflections (private)\n`, lessonIds: [] });
    day('2025-03-19');
    await fixture.client.actions.create({ kind: 'share', personId: dana.id, text: 'A story about a lost deal', category: 'story' });

    day('2025-03-21');
    const second = await fixture.client.oneOnOnes.get({ personId: dana.id });
    expect(second.note).toBeNull();
    expect(second.previous).toMatchObject({ id: note.id, date: '2025-03-17' });
    expect(second.carriedOver).toEqual(['Territory split', 'Hiring plan']);
    expect(second.sharesSince.map((s) => s.text)).toEqual(['A story about a lost deal']);
    expect(second.next).toEqual({ date: '2025-03-21', state: 'due' });
    expect(second.template.body).toContain('## Carried over from 2025-03-17\n- [ ] Territory split\n- [ ] Hiring plan');
    const started = await fixture.client.oneOnOnes.start({ personId: dana.id });
    expect(started.note?.body).toBe(`With: [Dana Whitfield](person:${dana.id})\n\n## Carried over from 2025-03-17\n- [ ] Territory split\n- [ ] Hiring plan`);
    expect(started.next).toEqual({ date: '2025-03-28', state: 'upcoming' });
  });

  it('refuses what would lose or confuse a 1:1, in words', async () => {
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const started = await fixture.client.oneOnOnes.start({ personId: dana.id });
    await expect(fixture.client.journal.create({ date: '2025-03-10', title: 'Another', body: 'x', lessonIds: [], oneOnOneWith: dana.id })).rejects.toThrow(/already a 1:1 note with this person on 2025-03-10/);
    await fixture.client.journal.delete({ id: started.note?.id as string });
    await fixture.client.oneOnOnes.start({ personId: dana.id });
    await expect(fixture.client.journal.restore({ id: started.note?.id as string })).rejects.toThrow(/cannot come back beside it/);
    await expect(fixture.client.oneOnOnes.schedule({ personId: dana.id, cadence: 'weekly', day: 9 })).rejects.toThrow(/weekday from 1 \(Monday\) to 7 \(Sunday\)/);
    await expect(fixture.client.oneOnOnes.schedule({ personId: 'nobody', cadence: 'monthly', day: 9 })).rejects.toBeInstanceOf(FulcrumError);
    await fixture.client.people.archive({ id: dana.id, archived: true });
    await expect(fixture.client.oneOnOnes.start({ personId: dana.id })).rejects.toThrow(/archived/);
  });
});

describe('the 1:1 agenda', () => {
  it('holds open asks with their confirmations, mandates, carry-overs and topics, and none of the private reflections', async () => {
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    await fixture.client.actions.create({ kind: 'ask', personId: dana.id, text: 'Update the CRM', date: '2025-03-03', confirmations: { how: 'An hour a day', when: '2025-03-07', help: 'A CRM walkthrough' } });
    await fixture.client.actions.create({ kind: 'mandate', personId: dana.id, text: 'Forecast every Friday', dueDate: '2025-03-21' });
    const { note } = await fixture.client.oneOnOnes.start({ personId: dana.id });
    const entry = note as NonNullable<typeof note>;
    await fixture.client.journal.update({
      id: entry.id,
      date: entry.date,
      title: entry.title,
      body: `${entry.body}\n\n## Topics\n- Territory split with [Dana Whitfield](person:${dana.id})\n\n## Reflections (private)\nZephyrine: she seemed tired.\n\n## Next time\n- [ ] Hiring plan`,
      lessonIds: [],
    });
    const agenda = await fixture.client.export.document({ kind: 'agenda', id: dana.id, format: 'md' });
    expect(agenda.purpose).toBe('share');
    expect(agenda.fileName).toBe('1-1-agenda-dana-whitfield-2025-03-10.md');
    expect(agenda.content).toContain('# 1:1 agenda: Dana Whitfield');
    expect(agenda.content).toContain('**Update the CRM** — asked 2025-03-03. How: An hour a day. When: 2025-03-07 (3 days late). Help: A CRM walkthrough.');
    expect(agenda.content).toContain('**Forecast every Friday** — due 2025-03-21.');
    expect(agenda.content).toContain('## Carried over\n\n- Hiring plan');
    expect(agenda.content).toContain('## Topics\n\n- Territory split with Dana Whitfield');
    expect(agenda.content).not.toMatch(/Zephyrine|seemed tired|Reflections|person:/);
    for (const format of ['html', 'pdf'] as const) {
      const other = await fixture.client.export.document({ kind: 'agenda', id: dana.id, format });
      expect(other.preview).not.toMatch(/Zephyrine|seemed tired/);
    }
  });
});
