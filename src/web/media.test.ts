// Browser mode's audio route over real HTTP on 127.0.0.1: the token is required, an episode id is
// all it takes (never a path), and Range requests work from a download and from the web alike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedServer } from '../../test/support/feedServer';
import { startPodcastServer } from '../../test/support/podcastServer';
import { makeTempDir } from '../../test/support/tempDirs';
import { rangedRoute, wavTone } from '../../test/support/testAudio';
import { openCoreSession, type CoreSession } from '../core/coreSession';
import { inProcessClient } from '../core/inProcessClient';
import { bundledContentDir } from '../core/paths';
import type { FulcrumClient } from '../shared/client';
import { webHostHandlers } from './hostHandlers';
import { byteRange } from '../core/downloads/mediaStream';
import { startWebServer, type WebServer } from './server';

const audio = wavTone(2);
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let podcasts: FeedServer;
let session: CoreSession;
let web: WebServer;
let client: FulcrumClient;
let episodeId: string;

beforeAll(async () => {
  temp = await makeTempDir();
  podcasts = await startPodcastServer();
  podcasts.setRoute('/audio/pch-003.mp3', rangedRoute(audio, 'audio/mpeg'));
  session = await openCoreSession({ dataDir: temp.dir, contentDir: bundledContentDir(), door: 'browser' });
  client = inProcessClient(session.handlers);
  web = await startWebServer({ handlers: { ...session.handlers, ...webHostHandlers() }, staticDir: temp.dir, media: (id) => session.media(id) });
  const { feed } = await client.feeds.add({ url: podcasts.url('/feed.xml') });
  episodeId = (await client.episodes.list({ feedId: feed.id }))[0]?.id as string;
});
afterAll(async () => {
  await web?.close();
  await session?.close();
  await podcasts?.close();
  await temp?.cleanup();
});

const media = (id: string, init: RequestInit = {}, token: string | null = web.token) => fetch(`${web.url}media/${id}${token ? `?token=${token}` : ''}`, init);

describe('the audio route', () => {
  it('answers only with the token, and only for an episode id', async () => {
    expect((await media(episodeId, {}, null)).status).toBe(401);
    expect((await media(episodeId, {}, 'wrong')).status).toBe(401);
    expect((await media('..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    expect((await media('no-such-episode')).status).toBe(404);
  });

  it('passes Range on to the web when the episode is not downloaded', async () => {
    const part = await media(episodeId, { headers: { Range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${audio.length}`);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(audio.subarray(100, 200));
  });

  it('serves the downloaded file, whole or by range, and refuses a range past its end', async () => {
    await client.downloads.start({ episodeId });
    await client.downloads.wait({ episodeId });
    const hitsBefore = podcasts.hits('/audio/pch-003.mp3');
    const whole = await media(episodeId);
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(audio);
    const tail = await media(episodeId, { headers: { Range: 'bytes=-10' } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(audio.subarray(audio.length - 10));
    expect((await media(episodeId, { headers: { Range: `bytes=${audio.length}-` } })).status).toBe(416);
    expect(podcasts.hits('/audio/pch-003.mp3')).toBe(hitsBefore);
  });

  it('reads ranges as HTTP says', () => {
    expect(byteRange(undefined, 100)).toBeNull();
    expect(byteRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 });
    expect(byteRange('bytes=10-20', 100)).toEqual({ start: 10, end: 20 });
    expect(byteRange('bytes=90-200', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-5', 100)).toEqual({ start: 95, end: 99 });
    expect(byteRange('bytes=100-', 100)).toBe('invalid');
    expect(byteRange('bytes=5-2', 100)).toBe('invalid');
    expect(byteRange('items=1-2', 100)).toBe('invalid');
  });
});
