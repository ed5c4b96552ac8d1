// `fulcrum feed`, `fulcrum episodes` and `fulcrum opml`, in-process through main(), against a real
// feed server on 127.0.0.1 and real data folders.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fulcrumIn } from '../../test/support/cli';
import type { FeedServer } from '../../test/support/feedServer';
import { podcastFeed, startPodcastServer } from '../../test/support/podcastServer';
import { makeTempDir } from '../../test/support/tempDirs';
import { rangedRoute, wavTone } from '../../test/support/testAudio';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let server: FeedServer;
let dataDir: string;
beforeEach(async () => {
  temp = await makeTempDir();
  dataDir = path.join(temp.dir, 'data');
  server = await startPodcastServer();
});
afterEach(async () => {
  await server.close();
  await temp.cleanup();
});

describe('fulcrum download', () => {
  it('downloads an episode, says how big it is, and refuses an unknown id', async () => {
    const audio = wavTone(2);
    server.setRoute('/audio/pch-003.mp3', rangedRoute(audio, 'audio/mpeg'));
    await fulcrumIn(dataDir, 'feed', 'add', server.url('/feed.xml'));
    const [episode] = JSON.parse((await fulcrumIn(dataDir, 'episodes', '--json')).stdout) as Array<{ id: string }>;
    const done = await fulcrumIn(dataDir, 'download', episode?.id as string, '--wait');
    expect(done.code, done.stderr).toBe(0);
    expect(done.stdout).toBe('Downloaded “Asking for the close date, three ways” (31 KB); it plays offline now.\n');
    expect(await readFile(path.join(dataDir, 'episodes', `${episode?.id}.mp3`))).toEqual(audio);
    expect(await fulcrumIn(dataDir, 'download', 'no-such-episode')).toMatchObject({ code: 1, stderr: expect.stringContaining('There is no episode') });
  });
});

describe('fulcrum feed', () => {
  it('adds a feed, lists it and its episodes, refreshes with a line per feed, and exits 1 when one failed', async () => {
    const added = await fulcrumIn(dataDir, 'feed', 'add', server.url('/feed.xml'));
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^Following “Pipeline Coaching Hour” \([0-9a-f-]+\)\. Fetched: 3 episodes\.\n$/);

    const list = await fulcrumIn(dataDir, 'feed', 'list', '--json');
    const [feed] = JSON.parse(list.stdout) as Array<{ id: string; title: string; url: string; episodeCount: number; refreshedAt: string; status: string }>;
    expect(feed).toMatchObject({ title: 'Pipeline Coaching Hour', url: server.url('/feed.xml'), episodeCount: 3, status: 'new-episodes' });

    const episodes = JSON.parse((await fulcrumIn(dataDir, 'episodes', '--feed', feed?.id as string, '--json')).stdout) as Array<Record<string, unknown>>;
    expect(episodes[0]).toMatchObject({ title: 'Asking for the close date, three ways', durationSeconds: 1865, enclosureUrl: server.url('/audio/pch-003.mp3'), hasTranscript: true, hasChapters: true });
    expect(episodes).toHaveLength(3);

    const refreshed = await fulcrumIn(dataDir, 'feed', 'refresh');
    expect(refreshed.code, refreshed.stderr).toBe(0);
    expect(refreshed.stderr).toBe('1/1 ok      Pipeline Coaching Hour: Unchanged: no new episodes.\n');

    await server.close();
    const offline = await fulcrumIn(dataDir, 'feed', 'refresh');
    expect(offline.code).toBe(1);
    expect(offline.stderr).toMatch(/^1\/1 FAILED {2}Pipeline Coaching Hour: Offline: /);
    expect(offline.stderr).toMatch(/fulcrum: 1 feed could not be refreshed: Pipeline Coaching Hour \(offline\)\n$/);
    server = await startPodcastServer();

    const removed = await fulcrumIn(dataDir, 'feed', 'remove', feed?.id as string);
    expect(removed.stdout).toBe('Unsubscribed from “Pipeline Coaching Hour”.\n');
    expect((await fulcrumIn(dataDir, 'feed', 'list')).stdout).toMatch(/^You follow no feeds yet/);
  });

  it('reads a feed file as if fetched, and refuses what is not a feed in plain words', async () => {
    const file = path.join(temp.dir, 'feed.xml');
    await writeFile(file, podcastFeed(server.origin));
    const added = await fulcrumIn(dataDir, 'feed', 'add', file);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toContain('Pipeline Coaching Hour');

    const notFeed = path.join(temp.dir, 'notes.txt');
    await writeFile(notFeed, 'just some notes');
    const refused = await fulcrumIn(dataDir, 'feed', 'add', notFeed);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^fulcrum: .+\n$/);
    expect(await fulcrumIn(dataDir, 'feed', 'add', path.join(temp.dir, 'missing.xml'))).toMatchObject({ code: 1, stderr: expect.stringContaining('neither a web address') });
  });

  it('exports subscriptions as OPML and imports them elsewhere', async () => {
    await fulcrumIn(dataDir, 'feed', 'add', server.url('/feed.xml'));
    const opml = path.join(temp.dir, 'subs.opml');
    const exported = await fulcrumIn(dataDir, 'opml', 'export', '--out', opml);
    expect(exported.code, exported.stderr).toBe(0);
    expect(await readFile(opml, 'utf8')).toContain(`xmlUrl="${server.url('/feed.xml')}"`);

    const laptop = path.join(temp.dir, 'laptop');
    const imported = await fulcrumIn(laptop, 'opml', 'import', opml);
    expect(imported.stdout).toBe('Added 1 feed. Fetch their episodes with: fulcrum feed refresh\n');
    const refreshed = await fulcrumIn(laptop, 'feed', 'refresh');
    expect(refreshed.code, refreshed.stderr).toBe(0);
    expect(refreshed.stdout).toMatch(/^Refreshed 1 feed: 3 new episodes\.\n$/);
  });
});
