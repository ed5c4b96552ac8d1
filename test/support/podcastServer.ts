// A podcast on 127.0.0.1 for tests: the fixture show in test/fixtures/podcast-journey (a feed with
// a transcript, chapters and artwork), its addresses pointing at this server. Test support only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFeedServer, type FeedServer } from './feedServer';
import { rangedRoute, wavTone } from './testAudio';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'podcast-journey');

/** A 1×1 PNG: the show's artwork. */
export const artworkPng = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The fixture feed with its addresses on `origin`; `extraItems` are added before the first item. */
export function podcastFeed(origin: string, extraItems = ''): string {
  const feed = readFileSync(path.join(fixtures, 'feed.xml'), 'utf8').replaceAll('{{BASE}}', origin);
  return extraItems ? feed.replace('<item>', `${extraItems}\n    <item>`) : feed;
}

export const newEpisodeItem = `<item>
      <title>Forecast calls that coach</title>
      <guid isPermaLink="false">pch-004</guid>
      <pubDate>Mon, 17 Mar 2025 08:00:00 GMT</pubDate>
      <itunes:duration>29:12</itunes:duration>
      <enclosure url="https://example.com/audio/pch-004.mp3" length="11111111" type="audio/mpeg"/>
      <description>A forecast call is a coaching call in disguise.</description>
    </item>`;

export async function startPodcastServer(): Promise<FeedServer> {
  const server = await startFeedServer({}, { folder: fixtures });
  server.setRoute('/feed.xml', { body: podcastFeed(server.origin), contentType: 'application/rss+xml; charset=utf-8', etag: '"v1"' });
  server.setRoute('/artwork.png', { body: artworkPng, contentType: 'image/png' });
  server.setRoute('/transcripts/pch-003.vtt', { file: 'pch-003.vtt' });
  server.setRoute('/chapters/pch-003.json', { file: 'pch-003.json' });
  // The first episode's audio covers its whole transcript (13 minutes of tone, 8-bit at 4 kHz: 3 MB);
  // the second's is short. Both are served with Range, as media servers do.
  server.setRoute('/audio/pch-003.mp3', rangedRoute(episodeAudio('pch-003'), 'audio/wav'));
  server.setRoute('/audio/pch-002.mp3', rangedRoute(episodeAudio('pch-002'), 'audio/wav'));
  return server;
}

const audioOf = new Map<string, Buffer>();

/** The fixture episodes' audio, made once per process. */
export function episodeAudio(guid: 'pch-003' | 'pch-002'): Buffer {
  let audio = audioOf.get(guid);
  if (!audio) {
    audio = guid === 'pch-003' ? wavTone(13 * 60, { sampleRate: 4000, bitsPerSample: 8 }) : wavTone(20, { sampleRate: 4000, bitsPerSample: 8, frequency: 330 });
    audioOf.set(guid, audio);
  }
  return audio;
}
