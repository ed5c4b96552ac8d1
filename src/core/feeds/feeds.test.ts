// Following podcasts through the contract, against a real feed server on 127.0.0.1: subscribe,
// refresh (304, new episodes, moved, offline), the episode with its notes, chapters and transcript,
// search inside transcripts, OPML in and out, and unsubscribing that keeps what notes link.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../../test/support/coreFixture';
import type { FeedServer } from '../../../test/support/feedServer';
import { startFeedServer } from '../../../test/support/feedServer';
import { artworkPng, newEpisodeItem, podcastFeed, startPodcastServer } from '../../../test/support/podcastServer';
import { refreshFeeds } from '../../shared/feedRefresh';
import { linkMarkdown } from '../../shared/inlineLinks';

const fixture = coreForEachTest();
let server: FeedServer;
beforeEach(async () => {
  server = await startPodcastServer();
});
afterEach(() => server.close());

async function subscribe() {
  return fixture.client.feeds.add({ url: server.url('/feed.xml') });
}

describe('subscribing', () => {
  it('fetches the show, its episodes, their transcript, chapters and the artwork', async () => {
    const { feed, report } = await subscribe();
    expect(report).toMatchObject({ status: 'new-episodes', detail: 'Fetched: 3 episodes.', newEpisodes: 3 });
    expect(feed).toMatchObject({ title: 'Pipeline Coaching Hour', author: 'Fulcrum test studio', episodeCount: 3, newCount: 0, hasArtwork: true, status: 'new-episodes' });
    expect((await fixture.client.feeds.artwork({ id: feed.id })).dataUrl).toMatch(/^data:image\/png;base64,/);

    const episodes = await fixture.client.episodes.list({ feedId: feed.id });
    expect(episodes.map((e) => e.title)).toEqual(['Asking for the close date, three ways', 'When a mandate is the right call', 'Sharing without strings']);
    expect(episodes.map((e) => e.durationSeconds)).toEqual([1865, 1745, 1660]);
    expect(episodes[0]).toMatchObject({ hasTranscript: true, hasChapters: true, isNew: false, played: false, showTitle: 'Pipeline Coaching Hour' });

    const episode = await fixture.client.episodes.get({ id: episodes[0]?.id as string });
    expect(episode.people).toEqual([
      { name: 'Riley Host', role: 'host', href: null },
      { name: 'Morgan Guest', role: 'guest', href: null },
    ]);
    expect(episode.chapters.map((c) => [c.start, c.title])).toEqual([
      [0, 'Welcome'],
      [60, 'The shrug'],
      [700, 'Owning the date'],
    ]);
    expect(episode.transcript?.[3]).toMatchObject({ start: 754, speaker: 'Morgan Guest', text: expect.stringContaining('flibbertigibbet') });
    expect(episode.notesHtml).toContain('<a href="https://example.com/notes/3">Notes</a>');
    expect(episode.notesHtml).not.toMatch(/<script|<img|tracker\.example/);
    expect(episode.notesHtml).toContain('[Image not loaded: pixel]');
    expect(episode).toMatchObject({ season: 1, episode: 3 });
  });

  it('reads a feed served gzipped under the wrong content type, as a podcast app must', async () => {
    server.setRoute('/odd.xml', { body: podcastFeed(server.origin), contentType: 'text/html; charset=iso-8859-1', encoding: 'gzip' });
    const { feed, report } = await fixture.client.feeds.add({ url: server.url('/odd.xml') });
    expect(report.status).toBe('new-episodes');
    expect(feed.episodeCount).toBe(3);
  });

  it('refuses an address that is not a feed, and keeps nothing', async () => {
    server.setRoute('/page.html', { body: '<!doctype html><html><head><title>Blog</title></head><body>Hello</body></html>', contentType: 'text/html' });
    await expect(fixture.client.feeds.add({ url: server.url('/page.html') })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('was not added') });
    await expect(fixture.client.feeds.add({ url: 'ftp://example.com/feed.xml' })).rejects.toMatchObject({ code: 'invalid-input' });
    expect(await fixture.client.feeds.list()).toEqual([]);
  });

  it('refuses a feed followed already', async () => {
    await subscribe();
    await expect(subscribe()).rejects.toMatchObject({ code: 'conflict' });
  });

  it('reads a feed file as if fetched, keeping its own address for refreshing', async () => {
    const { feed } = await fixture.client.feeds.add({ file: { name: 'feed.xml', content: podcastFeed(server.origin) } });
    expect(feed).toMatchObject({ url: server.url('/feed.xml'), episodeCount: 3 });
    expect((await fixture.client.feeds.refresh({ id: feed.id })).status).toBe('unchanged');
  });
});

describe("a show's images", () => {
  it('stay off (no request is made) until the leader allows them, then show from data: URLs', async () => {
    const feedWithImage = podcastFeed(server.origin).replace('<img src="https://tracker.example.com/pixel.gif" alt="pixel">', `<img src="${server.url('/pictures/chart.png')}" alt="the chart">`);
    server.setRoute('/feed.xml', { body: feedWithImage, contentType: 'application/rss+xml' });
    server.setRoute('/pictures/chart.png', { body: artworkPng, contentType: 'image/png' });
    const { feed } = await subscribe();
    const [episode] = await fixture.client.episodes.list({ feedId: feed.id });
    expect(feed.remoteImages).toBe(false);

    expect((await fixture.client.episodes.get({ id: episode?.id as string })).notesHtml).toContain('[Image not loaded: the chart]');
    expect(server.hits('/pictures/chart.png')).toBe(0);

    expect((await fixture.client.feeds.setRemoteImages({ id: feed.id, allowed: true })).remoteImages).toBe(true);
    const shown = (await fixture.client.episodes.get({ id: episode?.id as string })).notesHtml;
    expect(shown).toMatch(/<img src="data:image\/png;base64,[^"]+" alt="the chart">/);
    expect(shown).not.toContain(server.origin + '/pictures');
    expect(server.hits('/pictures/chart.png')).toBe(1);

    await fixture.client.feeds.setRemoteImages({ id: feed.id, allowed: false });
    expect((await fixture.client.episodes.get({ id: episode?.id as string })).notesHtml).toContain('[Image not loaded: the chart]');
  });
});

describe('refreshing', () => {
  it('asks with the ETag, finds nothing new, then finds the new episode and marks it new', async () => {
    const { feed } = await subscribe();
    expect(await fixture.client.feeds.refresh({ id: feed.id })).toMatchObject({ status: 'unchanged', detail: 'Unchanged: no new episodes.' });
    expect(server.requests('/feed.xml').at(-1)?.headers['if-none-match']).toBe('"v1"');

    server.setRoute('/feed.xml', { body: podcastFeed(server.origin, newEpisodeItem), contentType: 'application/rss+xml', etag: '"v2"' });
    expect(await fixture.client.feeds.refresh({ id: feed.id })).toMatchObject({ status: 'new-episodes', detail: '1 new episode.', newEpisodes: 1 });
    const [newest] = await fixture.client.episodes.list({ feedId: feed.id });
    expect(newest).toMatchObject({ title: 'Forecast calls that coach', isNew: true });
    expect((await fixture.client.feeds.list())[0]?.newCount).toBe(1);
    expect(await fixture.client.episodes.mark({ id: newest?.id as string, played: true })).toMatchObject({ isNew: false, played: true });

    // Where listening stopped is kept; finishing marks it played and starts it over next time.
    const [, second] = await fixture.client.episodes.list({ feedId: feed.id });
    expect(await fixture.client.episodes.setPosition({ id: second?.id as string, seconds: 754.6 })).toMatchObject({ positionSeconds: 754, played: false });
    expect((await fixture.client.episodes.get({ id: second?.id as string })).positionSeconds).toBe(754);
    expect(await fixture.client.episodes.setPosition({ id: second?.id as string, seconds: 1745, finished: true })).toMatchObject({ positionSeconds: 0, played: true });
  });

  it('follows a feed that moved for good, and says what happened', async () => {
    const { feed } = await subscribe();
    server.setRoute('/feed.xml', { status: 301, redirect: '/new-home.xml' });
    server.setRoute('/new-home.xml', { body: podcastFeed(server.origin), contentType: 'application/rss+xml' });
    expect(await fixture.client.feeds.refresh({ id: feed.id })).toMatchObject({ status: 'moved', detail: expect.stringContaining(server.url('/new-home.xml')) });
    expect((await fixture.client.feeds.list())[0]?.url).toBe(server.url('/new-home.xml'));
  });

  it('reports each feed in plain words, one bad feed never stopping the others', async () => {
    const good = (await subscribe()).feed;
    const broken = await startFeedServer({ '/feed.xml': { body: podcastFeed('http://127.0.0.1:9') } });
    const other = (await fixture.client.feeds.add({ url: broken.url('/feed.xml') })).feed;
    broken.setRoute('/feed.xml', { status: 500, body: 'oops' });
    const gone = (await fixture.client.feeds.importOpml({ content: `<opml version="2.0"><body><outline text="Old" xmlUrl="${server.url('/old.xml')}"/></body></opml>` })).added[0];
    server.setRoute('/old.xml', { status: 410 });
    const seen: string[] = [];
    const reports = await refreshFeeds(fixture.client, [good.id, other.id, gone?.id as string], { onProgress: ({ report }) => seen.push(report.status) });
    expect(reports.map((r) => r.status)).toEqual(['unchanged', 'failed', 'gone']);
    expect(seen.sort()).toEqual(['failed', 'gone', 'unchanged']);
    await broken.close();
  });

  it('works offline: refresh says so, and the library and search are as they were', async () => {
    const { feed } = await subscribe();
    await server.close();
    const report = await fixture.client.feeds.refresh({ id: feed.id });
    expect(report).toMatchObject({ status: 'offline', detail: expect.stringMatching(/^Offline: /) });
    expect(await fixture.client.episodes.list({ feedId: feed.id })).toHaveLength(3);
    expect((await fixture.client.search.query({ q: 'flibbertigibbet' })).hits.length).toBeGreaterThan(0);
    server = await startPodcastServer(); // for afterEach
  });
});

describe('search', () => {
  it('finds a word said only in a transcript, with its time and chapter, and the episode by its notes', async () => {
    const { feed } = await subscribe();
    const results = await fixture.client.search.query({ q: 'flibbertigibbet' });
    const [hit] = results.hits;
    const episodeId = (await fixture.client.episodes.list({ feedId: feed.id }))[0]?.id;
    expect(hit).toMatchObject({ kind: 'transcript', title: 'Asking for the close date, three ways at 12:34', itemId: episodeId, at: 754, chapter: 'Owning the date', show: 'Pipeline Coaching Hour' });
    expect(hit?.snippet).toContain('flibbertigibbet');
    expect((await fixture.client.search.query({ q: 'unanswered mandates' })).hits.some((h) => h.kind === 'podcast' && h.title === 'When a mandate is the right call')).toBe(true);
    expect((await fixture.client.search.facets()).shows).toContain('Pipeline Coaching Hour');
  });

  it('narrows to episodes that have a transcript, and their passages, with "has transcript"', async () => {
    await subscribe();
    const all = await fixture.client.search.query({ q: '', shows: ['Pipeline Coaching Hour'] });
    expect(all.hits.filter((h) => h.kind === 'podcast')).toHaveLength(3);
    const withTranscript = await fixture.client.search.query({ q: '', hasTranscript: true, limit: 50 });
    expect(withTranscript.hits.filter((h) => h.kind === 'podcast').map((h) => h.title)).toEqual(['Asking for the close date, three ways']);
    expect(withTranscript.hits.every((h) => h.kind === 'podcast' || h.kind === 'transcript')).toBe(true);
    expect((await fixture.client.search.query({ q: 'mandate', hasTranscript: true })).hits.map((h) => h.title)).not.toContain('When a mandate is the right call');
  });
});

describe('applying an episode', () => {
  it('an ask can come from a moment of an episode, which lists it, and keeps the episode when unsubscribed', async () => {
    const { feed } = await subscribe();
    const [episode] = await fixture.client.episodes.list({ feedId: feed.id });
    const dana = await fixture.client.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
    const ask = await fixture.client.actions.create({ kind: 'ask', personId: dana.id, text: 'Name the date the deal closes, and why', episode: { id: episode?.id as string, at: 754 } });
    expect(ask.episode).toEqual({ id: episode?.id, at: 754 });
    expect((await fixture.client.episodes.get({ id: episode?.id as string })).actions.map((a) => a.id)).toEqual([ask.id]);
    expect((await fixture.client.actions.list({ episodeId: episode?.id as string })).map((a) => a.id)).toEqual([ask.id]);
    await expect(fixture.client.actions.create({ kind: 'share', personId: dana.id, text: 'x', category: 'story', episode: { id: 'no-such-episode' } })).rejects.toMatchObject({ code: 'invalid-input' });

    const { keptEpisodes } = await fixture.client.feeds.remove({ id: feed.id });
    expect(keptEpisodes).toBe(1);
    expect((await fixture.client.actions.get({ id: ask.id })).action.episode).toEqual({ id: episode?.id, at: 754 });
    expect((await fixture.client.actions.update({ id: ask.id, episode: null })).episode).toBeNull();
  });
});

describe('OPML and unsubscribing', () => {
  it('imports subscriptions without fetching them, skips those followed, and exports OPML 2.0', async () => {
    await subscribe();
    const opml = `<?xml version="1.0"?><opml version="1.0"><head><title>Pods</title></head><body><outline text="feeds"><outline type="rss" text="Café Ventes" xmlUrl="https://example.com/café.xml"/><outline text="Again" xmlUrl="${server.url('/feed.xml')}"/></outline></body></opml>`;
    const { added, alreadyFollowed } = await fixture.client.feeds.importOpml({ content: opml });
    expect(added.map((f) => f.title)).toEqual(['Café Ventes']);
    expect(added[0]?.refreshedAt).toBeNull();
    expect(alreadyFollowed).toEqual([server.url('/feed.xml')]);
    const exported = await fixture.client.feeds.exportOpml();
    expect(exported.content).toMatch(/<opml version="2\.0">/);
    expect(exported.content).toContain(`xmlUrl="${server.url('/feed.xml')}"`);
    expect(exported.content).toContain('Café Ventes');
  });

  it('keeps the episodes notes link, and only those', async () => {
    const { feed } = await subscribe();
    const [linked] = await fixture.client.episodes.list({ feedId: feed.id });
    await fixture.client.journal.create({ date: '2025-03-11', title: 'Close dates', body: `Try the question from ${linkMarkdown('episode', linked?.id as string, 'this episode')}.` });
    const { removed, keptEpisodes } = await fixture.client.feeds.remove({ id: feed.id });
    expect(removed.title).toBe('Pipeline Coaching Hour');
    expect(keptEpisodes).toBe(1);
    expect(await fixture.client.feeds.list()).toEqual([]);
    expect(await fixture.client.episodes.get({ id: linked?.id as string })).toMatchObject({ feedId: null, showTitle: 'Pipeline Coaching Hour', hasTranscript: true });
    expect(await fixture.client.episodes.list({})).toHaveLength(1);
  });
});
