// The player namespace through the contract, on a real core and SQLite file: the up-next queue
// (last, next, moved, reordered, trimmed, refused in words), the listening preferences with their
// defaults, kept across a restart, and queued episodes kept when their show is unsubscribed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../../test/support/coreFixture';
import type { FeedServer } from '../../../test/support/feedServer';
import { startPodcastServer } from '../../../test/support/podcastServer';
import { makeTempDir } from '../../../test/support/tempDirs';
import { createCore } from '../createCore';
import { inProcessClient } from '../inProcessClient';
import { bundledContentDir } from '../paths';

const fixture = coreForEachTest();
let server: FeedServer;
beforeEach(async () => {
  server = await startPodcastServer();
});
afterEach(() => server.close());

/** The fixture show's three episodes, newest first: close dates, mandates, sharing. */
async function episodes() {
  const { feed } = await fixture.client.feeds.add({ url: server.url('/feed.xml') });
  const list = await fixture.client.episodes.list({ feedId: feed.id });
  return { feedId: feed.id, ids: list.map((e) => e.id) as [string, string, string] };
}

const titles = (state: { queue: Array<{ title: string }> }) => state.queue.map((e) => e.title);

describe('the up-next queue', () => {
  it('starts empty, with skip back 15 s, forward 30 s and normal speed', async () => {
    expect(await fixture.client.player.state({})).toEqual({ current: null, queue: [], preferences: { skipBackSeconds: 15, skipForwardSeconds: 30, speed: 1 } });
  });

  it('adds episodes last or next, moving one already queued, and answers them as episodes', async () => {
    const { ids: [closeDates, mandates, sharing] } = await episodes();
    await fixture.client.player.enqueue({ episodeId: closeDates });
    expect(titles(await fixture.client.player.enqueue({ episodeId: mandates }))).toEqual(['Asking for the close date, three ways', 'When a mandate is the right call']);
    expect(titles(await fixture.client.player.enqueue({ episodeId: sharing, next: true }))).toEqual(['Sharing without strings', 'Asking for the close date, three ways', 'When a mandate is the right call']);
    const moved = await fixture.client.player.enqueue({ episodeId: mandates, next: true });
    expect(titles(moved)).toEqual(['When a mandate is the right call', 'Sharing without strings', 'Asking for the close date, three ways']);
    expect(moved.queue[0]).toMatchObject({ id: mandates, showTitle: 'Pipeline Coaching Hour', durationSeconds: 1745, played: false, positionSeconds: 0 });
    expect(titles(await fixture.client.player.enqueue({ episodeId: mandates }))).toEqual(['Sharing without strings', 'Asking for the close date, three ways', 'When a mandate is the right call']);
  });

  it('reorders and removes with one new order, and refuses an order naming what is not queued, changing nothing', async () => {
    const { ids: [closeDates, mandates, sharing] } = await episodes();
    await fixture.client.player.enqueue({ episodeId: closeDates });
    await fixture.client.player.enqueue({ episodeId: mandates });
    expect(titles(await fixture.client.player.setQueue({ episodeIds: [mandates, closeDates] }))).toEqual(['When a mandate is the right call', 'Asking for the close date, three ways']);
    expect(titles(await fixture.client.player.setQueue({ episodeIds: [closeDates] }))).toEqual(['Asking for the close date, three ways']);
    await expect(fixture.client.player.setQueue({ episodeIds: [closeDates, sharing] })).rejects.toThrow(/is not in your up-next queue.*nothing was changed/);
    await expect(fixture.client.player.setQueue({ episodeIds: [closeDates, closeDates] })).rejects.toThrow(/twice/);
    expect(titles(await fixture.client.player.state({}))).toEqual(['Asking for the close date, three ways']);
    expect((await fixture.client.player.setQueue({ episodeIds: [] })).queue).toEqual([]);
  });

  it('refuses an episode that does not exist, in words', async () => {
    await expect(fixture.client.player.enqueue({ episodeId: 'no-such-episode' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/There is no episode "no-such-episode"/) });
  });

  it('keeps a queued episode when its show is unsubscribed, and drops it when the episode goes', async () => {
    const { feedId, ids: [closeDates, mandates] } = await episodes();
    await fixture.client.player.enqueue({ episodeId: mandates });
    const { keptEpisodes } = await fixture.client.feeds.remove({ id: feedId });
    expect(keptEpisodes).toBe(1);
    const state = await fixture.client.player.state({});
    expect(state.queue).toEqual([expect.objectContaining({ id: mandates, feedId: null, showTitle: 'Pipeline Coaching Hour' })]);
    await expect(fixture.client.episodes.get({ id: closeDates })).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('the episode loaded', () => {
  it('is remembered, answered as an episode, forgotten on request or when the episode goes, and refused when unknown', async () => {
    const { feedId, ids: [closeDates] } = await episodes();
    expect((await fixture.client.player.setCurrent({ episodeId: closeDates })).current).toMatchObject({ id: closeDates, title: 'Asking for the close date, three ways' });
    expect((await fixture.client.player.state({})).current?.id).toBe(closeDates);
    expect((await fixture.client.player.setCurrent({ episodeId: null })).current).toBeNull();
    await expect(fixture.client.player.setCurrent({ episodeId: 'nope' })).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('not in your library') });
    await fixture.client.player.setCurrent({ episodeId: closeDates });
    await fixture.client.feeds.remove({ id: feedId });
    expect((await fixture.client.player.state({})).current).toBeNull();
  });
});

describe('listening preferences', () => {
  it('changes what is given, keeps the rest, and refuses lengths and speeds the player does not offer', async () => {
    expect((await fixture.client.player.setPreferences({ skipForwardSeconds: 45 })).preferences).toEqual({ skipBackSeconds: 15, skipForwardSeconds: 45, speed: 1 });
    expect((await fixture.client.player.setPreferences({ skipBackSeconds: 10, speed: 1.5 })).preferences).toEqual({ skipBackSeconds: 10, skipForwardSeconds: 45, speed: 1.5 });
    await expect(fixture.client.player.setPreferences({ skipBackSeconds: 20 })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/must be one of 5, 10, 15, 30, 45, 60 \(seconds\)/) });
    await expect(fixture.client.player.setPreferences({ speed: 4 })).rejects.toThrow(/must be from 0.5 to 3/);
    expect((await fixture.client.player.state({})).preferences).toEqual({ skipBackSeconds: 10, skipForwardSeconds: 45, speed: 1.5 });
  });

  it('are kept in the journal, across a restart', async () => {
    const temp = await makeTempDir();
    try {
      const open = () => createCore({ dataDir: temp.dir, contentDir: bundledContentDir(), now: () => new Date('2025-03-10T09:00:00Z') });
      const first = await open();
      await inProcessClient(first.handlers).player.setPreferences({ skipBackSeconds: 5, speed: 2 });
      first.close();
      const second = await open();
      expect((await inProcessClient(second.handlers).player.state({})).preferences).toEqual({ skipBackSeconds: 5, skipForwardSeconds: 30, speed: 2 });
      second.close();
    } finally {
      await temp.cleanup();
    }
  });
});
