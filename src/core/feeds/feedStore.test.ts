// The feed store on a real SQLite file: episodes merged by guid, then enclosure, then title and
// date (keeping their ids), and only what changed written again and announced to search.
import { describe, expect, it } from 'vitest';
import { storageForEachTest } from '../../../test/support/storageFixture';
import type { RecordChange } from '../storage/storage';
import { FeedStore } from './feedStore';
import type { ParsedEpisode, ParsedFeed } from './feedTypes';

const fixture = storageForEachTest();

const episode = (patch: Partial<ParsedEpisode>): ParsedEpisode => ({
  guid: null,
  title: 'Episode',
  publishedAt: '2025-03-10T08:00:00.000Z',
  durationSeconds: 60,
  enclosure: null,
  link: null,
  notes: 'Notes.',
  season: null,
  episode: null,
  imageUrl: null,
  people: [],
  transcripts: [],
  chapters: null,
  ...patch,
});

const feedOf = (episodes: ParsedEpisode[]): ParsedFeed => ({ title: 'Show', description: '', link: null, imageUrl: null, author: null, language: null, podcastGuid: null, people: [], episodes, warnings: [] });

describe('the feed store', () => {
  it('keeps an episode’s id when its guid, enclosure, or title and date match, and announces only what changed', () => {
    const store = new FeedStore(fixture.storage, () => new Date('2025-03-10T09:00:00Z'));
    const heard: RecordChange[] = [];
    fixture.storage.onChanges((changes) => heard.push(...changes));
    const feed = store.createFeed('https://example.com/feed.xml');
    const first = [
      episode({ guid: 'g1', title: 'One' }),
      episode({ enclosure: { url: 'https://example.com/2.mp3', type: 'audio/mpeg', length: 1 }, title: 'Two' }),
      episode({ title: 'Three', publishedAt: '2025-03-01T08:00:00.000Z' }),
    ];
    expect(store.saveFetch(feed.id, feedOf(first), true)).toHaveLength(3);
    const ids = new Map(store.episodes({ feedId: feed.id, limit: 10, offset: 0 }).map((e) => [e.title, e.id]));
    expect(heard.filter((c) => c.kind === 'episode').map((c) => c.change)).toEqual(['created', 'created', 'created']);

    heard.length = 0;
    expect(store.saveFetch(feed.id, feedOf(first), false)).toEqual([]);
    expect(heard).toEqual([]);

    const second = [
      episode({ guid: 'g1', title: 'One, renamed' }),
      episode({ enclosure: { url: 'https://example.com/2.mp3', type: 'audio/mpeg', length: 1 }, title: 'Two' }),
      episode({ title: 'Three', publishedAt: '2025-03-01T08:00:00.000Z', notes: 'Better notes.' }),
      episode({ guid: 'g4', title: 'Four' }),
    ];
    const added = store.saveFetch(feed.id, feedOf(second), false);
    expect(added.map((e) => [e.title, e.isNew])).toEqual([['Four', true]]);
    expect(heard.map((c) => [c.id, c.change]).sort()).toEqual(
      [
        [ids.get('One'), 'updated'],
        [ids.get('Three'), 'updated'],
        [added[0]?.id, 'created'],
      ].sort(),
    );
    expect(store.findEpisode(ids.get('One') as string)?.title).toBe('One, renamed');
    expect(store.episodeCount()).toBe(4);
  });
});
