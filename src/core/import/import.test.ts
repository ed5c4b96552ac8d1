// Markdown notes from other apps become journal entries: days, titles and wikilinks read as a
// leader would expect, and an import is all or nothing.
import { describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../../test/support/coreFixture';
import { parseNote } from './markdownNotes';

const targets = { person: (name: string) => (name.toLowerCase() === 'dana whitfield' ? 'p-1' : undefined), lesson: (name: string) => (name === 'three-confirmations' ? name : undefined) };

describe('a Markdown note', () => {
  it('takes its day and title from the frontmatter, then the file name and first heading, then today', () => {
    expect(parseNote('notes/1-1.md', '---\ntitle: Weekly 1:1\ndate: 2025-03-07\ntags: [team]\n---\nBody text.', '2025-03-10', targets)).toEqual({ path: 'notes/1-1.md', date: '2025-03-07', title: 'Weekly 1:1', body: 'Body text.' });
    expect(parseNote('journals/2025_03_08.md', '# Pipeline review\n\nText', '2025-03-10', targets)).toMatchObject({ date: '2025-03-08', title: 'Pipeline review' });
    expect(parseNote('Daily/2025-03-09.md', 'Just text', '2025-03-10', targets)).toMatchObject({ date: '2025-03-09', title: '2025-03-09' });
    expect(parseNote('ideas_for_q3.md', 'No date anywhere', '2025-03-10', targets)).toMatchObject({ date: '2025-03-10', title: 'ideas for q3' });
    expect(parseNote('2025-02-30.md', 'Not a real day', '2025-03-10', targets).date).toBe('2025-03-10');
    expect(parseNote('x.md', '---\ntitle: [broken\n---\nKept', '2025-03-10', targets)).toMatchObject({ title: 'x', body: 'Kept' });
  });

  it('turns wikilinks to people and lessons into links, and others into their words', () => {
    const note = parseNote('x.md', 'Met [[Dana Whitfield]] about [[three-confirmations|the three answers]] and [[Some Other Page#Heading]].', '2025-03-10', targets);
    expect(note.body).toBe('Met [Dana Whitfield](person:p-1) about [the three answers](lesson:three-confirmations) and Some Other Page.');
  });
});

describe('importing notes', () => {
  const fixture = coreForEachTest();

  it('makes linked, searchable journal entries', async () => {
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const result = await fixture.client.import.notes({
      files: [
        { path: 'vault/2025-03-07.md', content: '# Ride-along\n\nWith [[Dana Whitfield]]; we used [[The three confirmations: how, when and what help]]. Zanzibarite note.' },
        { path: 'vault/old.md', content: 'Kept a [stale link](person:not-here) from another journal.' },
      ],
    });
    expect(result.imported).toBe(2);
    const [ride, old] = await Promise.all(result.entries.map((e) => fixture.client.journal.get({ id: e.id })));
    expect(ride).toMatchObject({ date: '2025-03-07', title: 'Ride-along', personIds: [dana.id], lessonIds: ['three-confirmations'] });
    expect(old?.body).toBe('Kept a stale link from another journal.');
    expect((await fixture.client.search.query({ q: 'zanzibarite' })).hits.map((h) => h.id)).toEqual([ride?.id]);
  });

  it('refuses a batch with one bad note before writing any, and takes notes with nothing but frontmatter', async () => {
    await expect(fixture.client.import.notes({ files: [{ path: 'a.md', content: 'fine' }, { path: 'b.md', content: 'x'.repeat(1_000_001) }] })).rejects.toThrow(/too long/);
    expect(await fixture.client.journal.list({})).toEqual([]);
    await expect(fixture.client.import.notes({ files: [{ path: 'a.md', content: 'fine' }, { path: 'b.md', content: '---\ndate: 2025-03-01\n---\n' }, { path: 'c.md', content: 'x' }] })).resolves.toMatchObject({ imported: 3 });
    expect((await fixture.client.journal.list({})).map((e) => e.date).sort()).toEqual(['2025-03-01', '2025-03-10', '2025-03-10']);
  });
});
