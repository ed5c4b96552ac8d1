// One feed's refresh: fetch it (conditionally, following a move), parse it, store what changed,
// then fetch what its new episodes offer besides (transcripts, chapters) and the show's artwork.
// Whatever happens ends as a status in plain words on the feed; nothing here throws for a bad feed,
// so one bad feed never stops the others.
import type { FeedStatus, RefreshReport } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import type { FeedStore, StoredFeed } from './feedStore';
import type { Fetcher, FetchFailure, ParsedFeed } from './feedTypes';
import { parseFeed } from './parse/parseFeed';
import { fetchExtras } from './episodeExtras';
import { saveArtwork } from './artwork';

export interface RefreshDeps {
  store: FeedStore;
  fetch: Fetcher;
  /** Where the artwork folder is. */
  dataDir: string;
}

const feedAccept = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

const failureStatus: Record<FetchFailure, FeedStatus> = {
  offline: 'offline',
  'timed-out': 'timed-out',
  'too-large': 'too-large',
  gone: 'gone',
  'not-found': 'failed',
  'http-error': 'failed',
  'too-many-redirects': 'failed',
  'bad-url': 'failed',
};

const failureWords: Record<FetchFailure, string> = {
  offline: 'Offline: the feed could not be reached. What was fetched before is all still here.',
  'timed-out': 'Timed out: the feed took too long to answer. Fulcrum will try again at the next refresh.',
  'too-large': 'Too large: the feed is bigger than Fulcrum accepts.',
  gone: 'Gone: the show says this feed no longer exists. Its episodes stay until you unsubscribe.',
  'not-found': 'Not found: nothing is at this address any more (404).',
  'http-error': 'The feed’s server answered with an error.',
  'too-many-redirects': 'The feed’s address sends Fulcrum round in circles (too many redirects).',
  'bad-url': 'This address cannot be fetched.',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export async function refreshFeed(feed: StoredFeed, deps: RefreshDeps, given?: { parsed: ParsedFeed }): Promise<RefreshReport> {
  const { store } = deps;
  /** The fetch's ETag and Last-Modified, kept only once what it brought is stored. */
  const kept: { validators?: { etag: string | null; lastModified: string | null } } = {};
  const report = (status: FeedStatus, detail: string, newEpisodes = 0): RefreshReport => {
    store.setStatus(feed.id, status, detail, kept.validators);
    return { feedId: feed.id, title: store.feed(feed.id).title || feed.url, status, detail, newEpisodes };
  };

  let parsed: ParsedFeed;
  let movedTo: string | null = null;
  let fetched: typeof kept.validators;
  if (given) {
    parsed = given.parsed;
  } else {
    if (!/^https?:\/\//i.test(feed.url)) return report('failed', 'This feed was added from a file and has no web address to refresh from; add it by its address to follow it.');
    const outcome = await deps.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified, accept: feedAccept });
    if (outcome.kind === 'failed') return report(failureStatus[outcome.reason], `${failureWords[outcome.reason]} (${outcome.detail})`);
    movedTo = outcome.movedTo;
    if (movedTo) store.moveFeed(feed.id, movedTo);
    if (outcome.kind === 'not-modified') {
      return movedTo ? report('moved', `Moved: the feed is now at ${movedTo}, where Fulcrum follows it. No new episodes.`) : report('unchanged', 'Unchanged: no new episodes.');
    }
    try {
      parsed = parseFeed(outcome.body, outcome.finalUrl);
    } catch (error) {
      if (error instanceof FulcrumError) return report('not-a-feed', `Not a feed: ${error.message}`);
      throw error;
    }
    fetched = { etag: outcome.etag, lastModified: outcome.lastModified };
  }

  const added = store.saveFetch(feed.id, parsed, feed.episodeCount === 0);
  kept.validators = fetched;
  await fetchExtras(store.episodesMissingExtras(feed.id), deps);
  await saveArtwork(store.feed(feed.id), deps);

  const fresh = feed.episodeCount === 0 ? `${plural(store.feed(feed.id).episodeCount, 'episode', 'episodes')}` : `${plural(added.length, 'new episode', 'new episodes')}`;
  if (movedTo) return report('moved', `Moved: the feed is now at ${movedTo}, where Fulcrum follows it. ${fresh}.`, added.length);
  if (added.length > 0) return report('new-episodes', feed.episodeCount === 0 ? `Fetched: ${fresh}.` : `${fresh[0]?.toUpperCase()}${fresh.slice(1)}.`, added.length);
  return report('unchanged', 'Unchanged: no new episodes.');
}
