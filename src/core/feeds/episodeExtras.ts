// What an episode offers besides its notes: a transcript and chapters, fetched and parsed when the
// feed names them, a few at a time. A transcript or chapters file that fails is skipped and tried
// again at the next refresh; it never fails the refresh.
import { FulcrumError } from '../../shared/errors';
import { eachAtMost } from '../../shared/pool';
import type { FeedStore, StoredEpisode } from './feedStore';
import { parseChapters } from './parse/chapters';
import { parseTranscript } from './parse/transcript';
import type { Fetcher } from './feedTypes';

/** At most this many episodes' extras per refresh (a new subscription's back catalogue comes over several). */
export const extrasPerRefresh = 50;
const atOnce = 4;
const caps = { maxBytes: 10 * 1024 * 1024, maxDecodedBytes: 30 * 1024 * 1024, timeoutMs: 20_000 };

async function textOf(url: string, fetch: Fetcher, accept: string): Promise<{ text: string; type: string | null } | null> {
  const outcome = await fetch(url, { ...caps, accept });
  if (outcome.kind !== 'ok') return null;
  return { text: new TextDecoder('utf-8').decode(outcome.body), type: outcome.contentType };
}

async function fetchOne(episode: StoredEpisode, store: FeedStore, fetch: Fetcher): Promise<void> {
  try {
    if (episode.transcriptUrl && !episode.hasTranscript) {
      const got = await textOf(episode.transcriptUrl, fetch, 'text/vtt, application/x-subrip, application/json, text/html, text/plain;q=0.8, */*;q=0.5');
      if (got) store.saveTranscript(episode.id, parseTranscript(got.text, episode.transcriptType ?? got.type ?? ''));
    }
    if (episode.chaptersUrl && !episode.hasChapters) {
      const got = await textOf(episode.chaptersUrl, fetch, 'application/json+chapters, application/json;q=0.9, */*;q=0.5');
      if (got) store.saveChapters(episode.id, parseChapters(got.text).map(({ start, title, url }) => ({ start, title, url })));
    }
  } catch (error) {
    if (!(error instanceof FulcrumError)) throw error; // a malformed file: skipped, tried again next time
  }
}

export async function fetchExtras(episodes: StoredEpisode[], deps: { store: FeedStore; fetch: Fetcher }): Promise<void> {
  await eachAtMost(episodes.slice(0, extrasPerRefresh), atOnce, (episode) => fetchOne(episode, deps.store, deps.fetch));
}
