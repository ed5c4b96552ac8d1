// Seeds a data folder with followed shows and their episodes, each with show notes and a transcript
// from the benchmark's synthetic corpus, through the real FeedStore (what a feed refresh writes), a
// batch of episodes per transaction.
import path from 'node:path';
import type { EpisodeCue } from '../../src/shared/contract';
import { FeedStore } from '../../src/core/feeds/feedStore';
import type { ParsedEpisode, ParsedFeed } from '../../src/core/feeds/feedTypes';
import { journalFileName, openDatabase } from '../../src/core/storage/database';
import { Storage } from '../../src/core/storage/storage';
import { Corpus } from '../corpus';

/** Episodes written per transaction. */
const batchSize = 500;
/** Words a transcript line holds, about five seconds of speech. */
const wordsPerCue = 14;
const wordsPerSecond = 2.6;

/** A transcript of `body`: lines of a few words with start times as if spoken at a steady pace. */
export function cuesOf(body: string): EpisodeCue[] {
  const words = body.split(/\s+/).filter(Boolean);
  const cues: EpisodeCue[] = [];
  for (let i = 0; i < words.length; i += wordsPerCue) {
    const start = Math.round((i / wordsPerSecond) * 10) / 10;
    const end = Math.round((Math.min(words.length, i + wordsPerCue) / wordsPerSecond) * 10) / 10;
    cues.push({ start, end, speaker: null, text: words.slice(i, i + wordsPerCue).join(' ') });
  }
  return cues;
}

function parsedFeed(show: string, episodes: ParsedEpisode[]): ParsedFeed {
  return { title: show, description: `${show}: conversations about sales leadership.`, link: null, imageUrl: null, author: null, language: 'en', podcastGuid: null, people: [], episodes, warnings: [] };
}

export interface SeedReport {
  episodes: number;
  shows: number;
  seconds: number;
}

/** Writes `docs` episodes (corpus documents 0…docs-1) into `dataDir`'s journal. */
export function seedEpisodes(dataDir: string, docs: number, corpus: Corpus, progress: (done: number) => void): SeedReport {
  const started = performance.now();
  const db = openDatabase(path.join(dataDir, journalFileName));
  const storage = new Storage(db);
  const feeds = new FeedStore(storage, () => new Date());
  const feedIds = new Map<string, string>();
  try {
    for (let from = 0; from < docs; from += batchSize) {
      const to = Math.min(docs, from + batchSize);
      storage.transaction(() => {
        const byShow = new Map<string, Array<{ episode: ParsedEpisode; body: string }>>();
        for (let n = from; n < to; n++) {
          const doc = corpus.document(n);
          const show = doc.show ?? 'The Revenue Room';
          const sentences = doc.body.split(/(?<=[.?])\s+/);
          const notes = `<p>${sentences.slice(0, 3).join(' ')}</p><p>Topics: ${doc.tags?.join(', ') ?? ''}. With ${doc.keywords.slice(-2).join(' and ')}.</p>`;
          const episode: ParsedEpisode = {
            guid: `bench-${n}`,
            title: doc.title,
            publishedAt: doc.date ? `${doc.date}T06:00:00.000Z` : null,
            durationSeconds: Math.round(doc.body.split(/\s+/).length / wordsPerSecond),
            enclosure: { url: `https://example.invalid/${encodeURIComponent(show)}/${n}.mp3`, type: 'audio/mpeg', length: null },
            link: null,
            notes,
            season: null,
            episode: n + 1,
            imageUrl: null,
            people: [],
            transcripts: [{ url: `https://example.invalid/transcripts/${n}.vtt`, type: 'text/vtt', language: 'en', rel: null }],
            chapters: null,
          };
          byShow.set(show, [...(byShow.get(show) ?? []), { episode, body: doc.body }]);
        }
        for (const [show, items] of byShow) {
          let feedId = feedIds.get(show);
          if (!feedId) {
            feedId = feeds.createFeed(`https://example.invalid/feeds/${encodeURIComponent(show)}.xml`, show).id;
            feedIds.set(show, feedId);
          }
          const added = feeds.saveFetch(feedId, parsedFeed(show, items.map((item) => item.episode)), true);
          const bodyOf = new Map(items.map((item) => [item.episode.title + '|' + item.episode.episode, item.body]));
          for (const stored of added) {
            const body = bodyOf.get(stored.title + '|' + stored.episode);
            if (body) feeds.saveTranscript(stored.id, cuesOf(body));
          }
        }
      });
      progress(to);
    }
  } finally {
    db.close();
  }
  return { episodes: docs, shows: feedIds.size, seconds: (performance.now() - started) / 1000 };
}
