// Downloads against a real server on 127.0.0.1 with audio the test makes: complete files only,
// resuming a download cut short with a Range request, starting over where Range is ignored,
// pausing and cancelling, deleting, and the files of an unsubscribed show going with it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../../test/support/coreFixture';
import type { FeedServer } from '../../../test/support/feedServer';
import { startPodcastServer } from '../../../test/support/podcastServer';
import { rangedRoute, wavTone } from '../../../test/support/testAudio';
import { episodesFolderName } from './downloads';

const fixture = coreForEachTest();
let server: FeedServer;
const audio = wavTone(4); // 64 KB
const audioPath = '/audio/pch-003.mp3';

beforeEach(async () => {
  server = await startPodcastServer();
  server.setRoute(audioPath, rangedRoute(audio));
});
afterEach(() => server.close());

async function firstEpisode(): Promise<string> {
  const { feed } = await fixture.client.feeds.add({ url: server.url('/feed.xml') });
  return (await fixture.client.episodes.list({ feedId: feed.id }))[0]?.id as string;
}

const folder = () => path.join(fixture.dataDir, episodesFolderName);

describe('downloading an episode', () => {
  it('writes the whole file under a temporary name, then plays from it', async () => {
    const episodeId = await firstEpisode();
    expect(await fixture.client.downloads.get({ episodeId })).toMatchObject({ state: 'none', bytes: 0 });
    await fixture.client.downloads.start({ episodeId });
    const done = await fixture.client.downloads.wait({ episodeId });
    expect(done).toMatchObject({ state: 'done', bytes: audio.length, total: audio.length, title: 'Asking for the close date, three ways' });
    expect(await readdir(folder())).toEqual([`${episodeId}.mp3`]);
    expect(await readFile(path.join(folder(), `${episodeId}.mp3`))).toEqual(audio);
    expect(await fixture.core.media(episodeId)).toMatchObject({ kind: 'file', bytes: audio.length, mimeType: 'audio/mpeg' });
    const overview = await fixture.client.downloads.list();
    expect(overview).toMatchObject({ totalBytes: audio.length, byShow: [{ showTitle: 'Pipeline Coaching Hour', bytes: audio.length, count: 1 }] });
  });

  it('resumes a download cut short with a Range request, and never records the part as complete', async () => {
    const episodeId = await firstEpisode();
    server.setRoute(audioPath, { body: audio, contentType: 'audio/wav', truncateAt: 20_000 });
    await fixture.client.downloads.start({ episodeId });
    const failed = await fixture.client.downloads.wait({ episodeId });
    expect(failed.state).toBe('failed');
    expect(failed.bytes).toBeGreaterThan(0);
    expect(failed.bytes).toBeLessThan(audio.length);
    expect(failed.detail).toMatch(/closed the connection before the episode was complete|stopped at/);
    expect(await fixture.core.media(episodeId)).toMatchObject({ kind: 'remote' });

    server.setRoute(audioPath, rangedRoute(audio));
    await fixture.client.downloads.start({ episodeId });
    expect(await fixture.client.downloads.wait({ episodeId })).toMatchObject({ state: 'done', bytes: audio.length });
    expect(server.requests(audioPath).at(-1)?.headers.range).toBe(`bytes=${failed.bytes}-`);
    expect(await readFile(path.join(folder(), `${episodeId}.mp3`))).toEqual(audio);
  });

  it('starts over when the server ignores Range', async () => {
    const episodeId = await firstEpisode();
    server.setRoute(audioPath, { body: audio, contentType: 'audio/wav', truncateAt: 10_000 });
    await fixture.client.downloads.start({ episodeId });
    await fixture.client.downloads.wait({ episodeId });
    server.setRoute(audioPath, { body: audio, contentType: 'audio/wav' });
    await fixture.client.downloads.start({ episodeId });
    expect(await fixture.client.downloads.wait({ episodeId })).toMatchObject({ state: 'done', bytes: audio.length });
    expect(await readFile(path.join(folder(), `${episodeId}.mp3`))).toEqual(audio);
  });

  it('pauses keeping what arrived, cancels throwing it away, and deletes a download', async () => {
    const episodeId = await firstEpisode();
    server.setRoute(audioPath, { body: audio, contentType: 'audio/wav', trickle: { bytesPerChunk: 1024, everyMs: 20 } });
    await fixture.client.downloads.start({ episodeId });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const paused = await fixture.client.downloads.pause({ episodeId });
    expect(paused.state).toBe('paused');
    expect(paused.bytes).toBeGreaterThan(0);
    expect(await readdir(folder())).toEqual([`${episodeId}.mp3.part`]);

    expect(await fixture.client.downloads.cancel({ episodeId })).toMatchObject({ state: 'none', bytes: 0 });
    expect(await readdir(folder())).toEqual([]);

    server.setRoute(audioPath, rangedRoute(audio));
    await fixture.client.downloads.start({ episodeId });
    await fixture.client.downloads.wait({ episodeId });
    expect(await fixture.client.downloads.delete({ episodeId })).toMatchObject({ state: 'none' });
    expect(await readdir(folder())).toEqual([]);
    expect(await fixture.core.media(episodeId)).toMatchObject({ kind: 'remote', url: server.url(audioPath) });
  });

  it('keeps a show’s newest episodes on disk by itself, within the disk cap', async () => {
    const small = wavTone(1);
    server.setRoute('/audio/pch-002.mp3', rangedRoute(small));
    server.setRoute('/audio/pch-001.mp3', rangedRoute(small));
    const { feed } = await fixture.client.feeds.add({ url: server.url('/feed.xml') });
    const [newest, second, third] = await fixture.client.episodes.list({ feedId: feed.id });

    // The feed declares 12 MB and 9.9 MB for the two newest: a 15 MB cap holds the newest only.
    await fixture.client.downloads.setCap({ bytes: 15 * 1024 * 1024 });
    expect((await fixture.client.feeds.setAutoDownload({ id: feed.id, newest: 2 })).autoDownload).toBe(2);
    for (const episode of [newest, second, third]) await fixture.client.downloads.wait({ episodeId: episode?.id as string });
    expect((await fixture.client.downloads.get({ episodeId: newest?.id as string })).state).toBe('done');
    expect((await fixture.client.downloads.get({ episodeId: second?.id as string })).state).toBe('none');

    // A bigger cap: the next refresh downloads the second newest too, never the third.
    await fixture.client.downloads.setCap({ bytes: 100 * 1024 * 1024 });
    await fixture.client.feeds.refresh({ id: feed.id });
    await fixture.client.downloads.wait({ episodeId: second?.id as string });
    expect((await fixture.client.downloads.get({ episodeId: second?.id as string })).state).toBe('done');
    expect((await fixture.client.downloads.get({ episodeId: third?.id as string })).state).toBe('none');
    expect((await fixture.client.downloads.list()).capBytes).toBe(100 * 1024 * 1024);
  });

  it('removes the files of an unsubscribed show, whose episodes can no longer be downloaded', async () => {
    const episodeId = await firstEpisode();
    await fixture.client.downloads.start({ episodeId });
    await fixture.client.downloads.wait({ episodeId });
    const feedId = (await fixture.client.feeds.list())[0]?.id as string;
    await fixture.client.feeds.remove({ id: feedId });
    expect(await readdir(folder())).toEqual([]);
    await expect(fixture.client.downloads.start({ episodeId })).rejects.toMatchObject({ code: 'not-found' });
  });
});
