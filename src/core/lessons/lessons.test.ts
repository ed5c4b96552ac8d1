// Lessons of the leader's own, through the contract: promoted from a note or a quoted moment, they
// join the library as "Your lessons" and behave like bundled lessons (listed, read, searched,
// applied, exported); ids stay unique; a lesson in use is never deleted under what uses it; and
// another process on the same data folder reads them too.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../../test/support/coreFixture';
import type { FeedServer } from '../../../test/support/feedServer';
import { startPodcastServer } from '../../../test/support/podcastServer';
import { createCore } from '../createCore';
import { inProcessClient } from '../inProcessClient';
import { bundledContentDir } from '../paths';

const fixture = coreForEachTest();
let server: FeedServer;
beforeEach(async () => {
  server = await startPodcastServer();
});
afterEach(() => server.close());

async function noteAtTheMoment() {
  const { feed } = await fixture.client.feeds.add({ url: server.url('/feed.xml') });
  const [episode] = await fixture.client.episodes.list({ feedId: feed.id });
  const note = await fixture.client.notes.create({ episodeId: (episode as { id: string }).id, at: '12:34', text: 'Ask what would have to be **true** for it to close by Friday.' });
  return { episodeId: (episode as { id: string }).id, note };
}

describe('promoting a note to a lesson', () => {
  it('makes a lesson of the library’s pack "Your lessons", with the note’s words and where they were heard', async () => {
    const { episodeId, note } = await noteAtTheMoment();
    const lesson = await fixture.client.lessons.create({ title: 'Ask what must be true', mode: 'ask', tags: ['Close Dates'], from: { noteId: note.id } });
    expect(lesson).toMatchObject({
      id: 'ask-what-must-be-true',
      itemId: 'mine-ask-what-must-be-true',
      mode: 'ask',
      tags: ['close dates'],
      body: note.text,
      source: { noteId: note.id, episodeId, at: 754, quote: null, label: 'Asking for the close date, three ways at 12:34' },
    });
    expect((await fixture.client.notes.get({ id: note.id })).lessonIdsMade).toEqual([lesson.id]);
    expect((await fixture.client.lessons.list({ noteId: note.id })).map((l) => l.id)).toEqual([lesson.id]);

    const detail = await fixture.client.library.lesson({ id: lesson.id });
    expect(detail.lesson).toEqual({ id: lesson.id, title: 'Ask what must be true', mode: 'ask', itemId: lesson.itemId });
    expect(detail.item).toMatchObject({ show: 'Your lessons', pack: { id: 'your-lessons', title: 'Your lessons' }, tags: ['close dates'] });
    expect(detail.html).toContain('<strong>true</strong>');
    expect(detail.html).toContain(`<a href="#/episode/${episodeId}?t=754">Asking for the close date, three ways at 12:34</a>`);
    expect(detail.own?.id).toBe(lesson.id);
    expect(detail.notes.map((n) => n.id)).toEqual([note.id]);
    expect((await fixture.client.library.list({ show: 'Your lessons', sort: 'newest' })).map((item) => item.id)).toEqual([lesson.itemId]);
    expect((await fixture.client.library.lesson({ id: 'make-confirmations-a-habit' })).own).toBeNull();
  });

  it('keeps the leader’s own words when given, and quotes a transcript passage it came from', async () => {
    const { episodeId } = await noteAtTheMoment();
    const lesson = await fixture.client.lessons.create({ title: 'Wait for the answer', body: 'Silence does the work.', from: { episodeId, at: '12:45', quote: 'And then you wait for the answer.' } });
    expect(lesson).toMatchObject({ mode: null, body: 'Silence does the work.', source: { noteId: null, at: 765, quote: 'And then you wait for the answer.' } });
    const { html } = await fixture.client.library.lesson({ id: lesson.id });
    expect(html).toMatch(/<p>Silence does the work.<\/p>\s*<blockquote>\s*<p>And then you wait for the answer.<\/p>\s*<\/blockquote>/);
    await expect(fixture.client.lessons.create({ title: 'Too late', from: { episodeId, at: '45:00', quote: null } })).rejects.toMatchObject({ message: expect.stringContaining('after the end') });
    await expect(fixture.client.lessons.create({ title: 'Lost', from: { noteId: 'gone' } })).rejects.toMatchObject({ message: expect.stringContaining('no longer exists') });
    await expect(fixture.client.lessons.create({ title: '  ' })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('gives every lesson an id no other lesson or item has', async () => {
    const first = await fixture.client.lessons.create({ title: 'Keep small promises' });
    const second = await fixture.client.lessons.create({ title: 'Keep small promises!' });
    const accented = await fixture.client.lessons.create({ title: 'Écouter d’abord' });
    const symbols = await fixture.client.lessons.create({ title: '???' });
    // "keep-small-promises" is a bundled lesson already.
    expect([first.id, second.id, accented.id, symbols.id]).toEqual(['keep-small-promises-2', 'keep-small-promises-3', 'ecouter-d-abord', 'my-lesson']);
    expect((await fixture.client.library.lesson({ id: 'keep-small-promises' })).item.pack).toBeUndefined();
  });
});

describe('a lesson of one’s own behaves like a bundled one', () => {
  it('is found by search at once, follows edits, is applied in an ask, exported, and kept while in use', async () => {
    const lesson = await fixture.client.lessons.create({ title: 'Quibble-free close dates', mode: 'ask', body: 'Let the rep name the date; write it down together.' });
    expect((await fixture.client.search.query({ q: 'quibble' })).hits.map((h) => [h.kind, h.id])).toContainEqual(['lesson', lesson.id]);

    const edited = await fixture.client.lessons.update({ id: lesson.id, title: 'Zestful close dates', tags: ['dates'] });
    expect(edited).toMatchObject({ id: lesson.id, title: 'Zestful close dates', tags: ['dates'], mode: 'ask' });
    expect((await fixture.client.search.query({ q: 'zestful' })).hits.map((h) => [h.kind, h.id, h.title])).toContainEqual(['lesson', lesson.id, 'Zestful close dates']);

    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const ask = await fixture.client.actions.create({ kind: 'ask', personId: dana.id, text: 'Name the close date for Acme', lessonIds: [lesson.id], confirmations: { how: 'Call the buyer', when: '2025-03-14', help: 'None' } });
    expect(ask.lessonIds).toEqual([lesson.id]);
    expect((await fixture.client.library.lesson({ id: lesson.id })).actions.map((a) => a.id)).toEqual([ask.id]);

    const doc = await fixture.client.export.document({ kind: 'lesson', id: lesson.id, format: 'md' });
    expect(doc.content).toContain('Zestful close dates');
    expect(doc.content).toContain('Let the rep name the date; write it down together.');

    await expect(fixture.client.lessons.delete({ id: lesson.id })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('applied in 1 action') });
    expect((await fixture.client.lessons.get({ id: lesson.id })).title).toBe('Zestful close dates');
  });

  it('is deleted when nothing uses it, and leaves the library and search', async () => {
    const lesson = await fixture.client.lessons.create({ title: 'Jubilant pipeline reviews' });
    expect((await fixture.client.lessons.delete({ id: lesson.id })).deleted.id).toBe(lesson.id);
    await expect(fixture.client.library.lesson({ id: lesson.id })).rejects.toMatchObject({ code: 'not-found' });
    expect((await fixture.client.search.query({ q: 'jubilant' })).hits).toEqual([]);
  });

  it('is read by another process on the same data folder (the CLI while the app runs)', async () => {
    const other = await createCore({ dataDir: fixture.dataDir, contentDir: bundledContentDir(), now: () => new Date('2025-03-10T09:00:00Z') });
    try {
      const otherClient = inProcessClient(other.handlers);
      expect((await fixture.client.library.list({ show: 'Your lessons', sort: 'newest' })).length).toBe(0);
      const lesson = await otherClient.lessons.create({ title: 'Written from the other door' });
      expect((await fixture.client.library.lesson({ id: lesson.id })).lesson.title).toBe('Written from the other door');
    } finally {
      other.close();
    }
  });
});
