// Notes at a moment of an episode, through the contract, with a real feed on 127.0.0.1: taking one
// ("12:34" or seconds), what is refused and why, editing, the bin, search following them, and what
// a note keeps alive (its episode after unsubscribing, its person).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../../test/support/coreFixture';
import type { FeedServer } from '../../../test/support/feedServer';
import { startPodcastServer } from '../../../test/support/podcastServer';

const fixture = coreForEachTest();
let server: FeedServer;
beforeEach(async () => {
  server = await startPodcastServer();
});
afterEach(() => server.close());

/** Subscribes to the fixture show; its newest episode (31:05 long) has a transcript. */
async function episodeWithTranscript() {
  const { feed } = await fixture.client.feeds.add({ url: server.url('/feed.xml') });
  const [episode] = await fixture.client.episodes.list({ feedId: feed.id });
  return { feed, episode: episode as NonNullable<typeof episode> };
}

describe('taking notes at a moment', () => {
  it('takes a note at 12:34 on today’s journal day and lists an episode’s notes in the order heard', async () => {
    const { episode } = await episodeWithTranscript();
    const later = await fixture.client.notes.create({ episodeId: episode.id, at: '12:34', text: 'Ask what would have to be true for Friday.' });
    const earlier = await fixture.client.notes.create({ episodeId: episode.id, at: 70, text: 'The shrug is an answer too.', date: '2025-03-08' });
    expect(later).toMatchObject({ at: 754, date: '2025-03-10', episodeTitle: 'Asking for the close date, three ways', showTitle: 'Pipeline Coaching Hour', lessonId: null, personId: null, lessonIdsMade: [] });
    expect((await fixture.client.notes.list({ episodeId: episode.id })).map((n) => n.id)).toEqual([earlier.id, later.id]);
    expect((await fixture.client.notes.list({ date: '2025-03-08' })).map((n) => n.id)).toEqual([earlier.id]);
    expect((await fixture.client.notes.list({ from: '2025-03-09', to: '2025-03-10' })).map((n) => n.id)).toEqual([later.id]);
    expect(await fixture.client.notes.get({ id: later.id })).toEqual(later);
    expect((await fixture.client.notes.create({ episodeId: episode.id, at: '1:02:03'.slice(2), text: 'x' })).at).toBe(2 * 60 + 3);
  });

  it('refuses, in words and saving nothing, a moment past the end, an unknown episode, lesson or person, and empty words', async () => {
    const { episode } = await episodeWithTranscript();
    await expect(fixture.client.notes.create({ episodeId: episode.id, at: '40:00', text: 'Too late' })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('40:00 is after the end of “Asking for the close date, three ways” (31:05 long)') });
    await expect(fixture.client.notes.create({ episodeId: 'nope', at: 1, text: 'x' })).rejects.toMatchObject({ message: expect.stringContaining('not in your library') });
    await expect(fixture.client.notes.create({ episodeId: episode.id, at: 1, text: 'x', lessonId: 'no-such-lesson' })).rejects.toMatchObject({ message: expect.stringContaining('No lesson is called "no-such-lesson"') });
    await expect(fixture.client.notes.create({ episodeId: episode.id, at: 1, text: 'x', personId: 'ghost' })).rejects.toMatchObject({ message: expect.stringContaining('not in your journal') });
    await expect(fixture.client.notes.create({ episodeId: episode.id, at: 1, text: '   ' })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('empty') });
    await expect(fixture.client.notes.create({ episodeId: episode.id, at: '12:3', text: 'x' })).rejects.toMatchObject({ message: expect.stringContaining('12:34, 1:02:03') });
    expect(await fixture.client.notes.list({})).toEqual([]);
  });

  it('edits a note’s words, moment, lesson and person, and the bin gives a deleted note back as it was', async () => {
    const { episode } = await episodeWithTranscript();
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const note = await fixture.client.notes.create({ episodeId: episode.id, at: 754, text: 'First words' });
    const edited = await fixture.client.notes.update({ id: note.id, text: 'Better words', at: '12:45', lessonId: 'make-confirmations-a-habit', personId: dana.id });
    expect(edited).toMatchObject({ text: 'Better words', at: 765, lessonId: 'make-confirmations-a-habit', personId: dana.id });
    expect((await fixture.client.notes.update({ id: note.id, personId: null })).personId).toBeNull();
    await expect(fixture.client.notes.update({ id: note.id, at: '59:00' })).rejects.toMatchObject({ message: expect.stringContaining('after the end') });

    const { deleted } = await fixture.client.notes.delete({ id: note.id });
    expect(deleted.id).toBe(note.id);
    expect(await fixture.client.notes.list({ episodeId: episode.id })).toEqual([]);
    await expect(fixture.client.notes.get({ id: note.id })).rejects.toMatchObject({ code: 'not-found' });
    expect((await fixture.client.notes.restore({ id: note.id })).text).toBe('Better words');
    await expect(fixture.client.notes.restore({ id: note.id })).rejects.toMatchObject({ message: expect.stringContaining('not deleted') });
  });

  it('shows notes on the lesson they are about, and keeps the person and the episode they name', async () => {
    const { feed, episode } = await episodeWithTranscript();
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const note = await fixture.client.notes.create({ episodeId: episode.id, at: 754, text: 'Try this with Dana', lessonId: 'make-confirmations-a-habit', personId: dana.id });
    expect((await fixture.client.library.lesson({ id: 'make-confirmations-a-habit' })).notes.map((n) => n.id)).toEqual([note.id]);
    expect((await fixture.client.notes.list({ personId: dana.id })).map((n) => n.id)).toEqual([note.id]);
    await expect(fixture.client.people.delete({ id: dana.id })).rejects.toMatchObject({ message: expect.stringContaining('1 note') });

    const { keptEpisodes } = await fixture.client.feeds.remove({ id: feed.id });
    expect(keptEpisodes).toBe(1);
    expect((await fixture.client.notes.get({ id: note.id })).episodeTitle).toBe('Asking for the close date, three ways');
  });
});

describe('notes in search', () => {
  it('finds a note by its words, named as the episode at the moment, and follows edits and deletes', async () => {
    const { episode } = await episodeWithTranscript();
    const note = await fixture.client.notes.create({ episodeId: episode.id, at: 754, text: 'Quizzically ask what must be true' });
    const found = await fixture.client.search.query({ q: 'quizzically' });
    expect(found.hits.map((h) => [h.kind, h.id, h.title, h.at, h.itemId])).toEqual([['note', note.id, 'Asking for the close date, three ways at 12:34', 754, episode.id]]);

    await fixture.client.notes.update({ id: note.id, text: 'Zanily ask what must be true' });
    expect((await fixture.client.search.query({ q: 'quizzically' })).hits).toEqual([]);
    expect((await fixture.client.search.query({ q: 'zanily' })).hits.map((h) => h.id)).toEqual([note.id]);
    expect((await fixture.client.search.query({ q: 'zanily', kinds: ['note'] })).hits).toHaveLength(1);

    await fixture.client.notes.delete({ id: note.id });
    expect((await fixture.client.search.query({ q: 'zanily' })).hits).toEqual([]);
    await fixture.client.notes.restore({ id: note.id });
    expect((await fixture.client.search.query({ q: 'zanily' })).hits).toHaveLength(1);
  });
});

describe('notes in exports', () => {
  it('exports a note as "Episode title at 12:34", and puts notes in the journal range and the 1:1 prep sheet', async () => {
    const { episode } = await episodeWithTranscript();
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const note = await fixture.client.notes.create({ episodeId: episode.id, at: 754, text: 'Ask Dana what must be true.', personId: dana.id, lessonId: 'make-confirmations-a-habit' });
    await fixture.client.journal.create({ date: '2025-03-10', title: 'After the pipeline call', body: 'Dates slipped again.' });

    const one = await fixture.client.export.document({ kind: 'note', id: note.id, format: 'md' });
    expect(one.purpose).toBe('archive');
    expect(one.fileName).toBe('note-2025-03-10-asking-for-the-close-date-three-ways-at-12-34.md');
    expect(one.content).toContain('# Asking for the close date, three ways at 12:34');
    expect(one.content).toContain('2025-03-10 · Pipeline Coaching Hour · About: Dana Whitfield · Lesson: Make the three confirmations a habit');
    expect(one.content).toContain('Ask Dana what must be true.');

    const range = await fixture.client.export.journal({ from: '2025-03-10', to: '2025-03-10', format: 'md' });
    expect(range.holds).toBe('Archive: 1 journal entry and 1 note from an episode from 2025-03-10 to 2025-03-10, with the people they name. Keep it private.');
    expect(range.content).toContain('## 2025-03-10 · Asking for the close date, three ways at 12:34');
    expect(range.content).toContain('## 2025-03-10 · After the pipeline call');

    const folder = await fixture.client.export.bundle({ journal: { from: '2025-03-01', to: '2025-03-31' }, format: 'md' });
    // The test clock stands still, so both were made at the same instant: entries come first then.
    expect(folder.documents.map((d) => [d.kind, d.title])).toEqual([
      ['entry', 'After the pipeline call'],
      ['note', 'Asking for the close date, three ways at 12:34'],
    ]);

    const prep = await fixture.client.export.document({ kind: 'person', id: dana.id, format: 'md' });
    expect(prep.content).toContain('## Notes from episodes');
    expect(prep.content).toContain('### 2025-03-10 · Asking for the close date, three ways at 12:34');
  });
});
