// Entries keep ids in their links and read with names: renaming a person, an action or one's own
// lesson changes how every mention reads, in the entry, its search snippet, its export and the CLI,
// and no id shows anywhere a leader reads.
import { describe, expect, it } from 'vitest';
import { linkMarkdown } from '../../shared/inlineLinks';
import { coreForEachTest } from '../../../test/support/coreFixture';
import { fulcrumIn } from '../../../test/support/cli';

const fixture = coreForEachTest();

describe('links read as names', () => {
  it('follow a rename everywhere an entry is read, and never show an id', async () => {
    const { client } = fixture;
    const dana = await client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const ask = await client.actions.create({ kind: 'ask', personId: dana.id, text: 'Update the CRM' });
    const lesson = await client.lessons.create({ title: 'Pipeline hygiene first', mode: 'ask', body: 'Clean data before forecasts.' });
    const body = `Met ${linkMarkdown('person', dana.id, 'Dana')} about ${linkMarkdown('action', ask.id, 'the CRM')} and ${linkMarkdown('lesson', lesson.id, 'hygiene')}. Zanzibar pipeline.`;
    const entry = await client.journal.create({ date: '2025-03-10', title: 'Pipeline review', body, lessonIds: [] });
    // Read with the records' names, the ids kept.
    expect(entry.body).toBe(`Met ${linkMarkdown('person', dana.id, 'Dana Whitfield')} about ${linkMarkdown('action', ask.id, 'Update the CRM')} and ${linkMarkdown('lesson', lesson.id, 'Pipeline hygiene first')}. Zanzibar pipeline.`);

    await client.people.update({ id: dana.id, name: 'Dana Ortiz', relation: 'salesperson' });
    await client.actions.update({ id: ask.id, text: 'Update every CRM opportunity' });
    await client.lessons.update({ id: lesson.id, title: 'Hygiene before forecasts', mode: 'ask', body: 'Clean data before forecasts.' });
    const expected = 'Met Dana Ortiz about Update every CRM opportunity and Hygiene before forecasts.';

    expect((await client.journal.get({ id: entry.id })).body).toContain(linkMarkdown('person', dana.id, 'Dana Ortiz'));
    expect((await client.people.get({ id: dana.id })).timeline.find((t) => t.type === 'entry')).toMatchObject({ entry: { body: expect.stringContaining('[Hygiene before forecasts](lesson:') } });

    // The new name finds the entry, and its snippet reads with names.
    const found = await client.search.query({ q: 'ortiz crm opportunity' });
    const hit = found.hits.find((h) => h.id === entry.id);
    expect(hit?.snippet.replace(/<\/?mark>/g, '')).toContain('Dana Ortiz about Update every CRM opportunity');
    expect(hit?.snippet).not.toMatch(/person:|action:|lesson:|\]\(/);

    const exported = await client.export.document({ kind: 'entry', id: entry.id, format: 'md' });
    expect(exported.content).toContain(expected);
    expect(exported.content).not.toMatch(/person:|action:|lesson:/);

    const shown = await fulcrumIn(fixture.dataDir, 'show', entry.id);
    expect(shown.stdout).toContain('Met @Dana Ortiz about [[Update every CRM opportunity]] and [[Hygiene before forecasts]].');
    expect(shown.stdout).not.toMatch(/person:|action:|lesson:/);
  });
});
