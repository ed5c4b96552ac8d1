// `fulcrum note add`, `fulcrum notes`, `fulcrum lesson add|list`, in-process through main(), against
// a real feed server on 127.0.0.1 and a real data folder.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fulcrumIn } from '../../test/support/cli';
import type { FeedServer } from '../../test/support/feedServer';
import { startPodcastServer } from '../../test/support/podcastServer';
import { makeTempDir } from '../../test/support/tempDirs';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let server: FeedServer;
let dataDir: string;
let episodeId: string;
beforeEach(async () => {
  temp = await makeTempDir();
  dataDir = path.join(temp.dir, 'data');
  server = await startPodcastServer();
  await fulcrumIn(dataDir, 'feed', 'add', server.url('/feed.xml'));
  episodeId = (JSON.parse((await fulcrumIn(dataDir, 'episodes', '--json')).stdout) as Array<{ id: string }>)[0]?.id as string;
});
afterEach(async () => {
  await server.close();
  await temp.cleanup();
});

describe('fulcrum note add and fulcrum notes', () => {
  it('notes a moment with its lesson and person, and lists notes as text and JSON', async () => {
    await fulcrumIn(dataDir, 'person', 'add', '--name', 'Dana Whitfield', '--relation', 'salesperson');
    const added = await fulcrumIn(dataDir, 'note', 'add', '--episode', episodeId, '--at', '12:34', '--text', 'Ask what must be true', '--lesson', 'make-confirmations-a-habit', '--person', 'Dana Whitfield', '--date', '2025-03-10');
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^Noted [0-9a-f-]{36}: Asking for the close date, three ways at 12:34 \(2025-03-10\)\n$/);
    await fulcrumIn(dataDir, 'note', 'add', '--episode', episodeId, '--at', '70', '--text', 'The shrug', '--date', '2025-03-09');

    const listed = await fulcrumIn(dataDir, 'notes', '--episode', episodeId);
    expect(listed.stdout).toMatch(/^2025-03-09 {2}Asking for the close date, three ways at 1:10 \(Pipeline Coaching Hour\) {2}\S+\n {4}The shrug\n2025-03-10 {2}Asking for the close date, three ways at 12:34 .* {2}lesson: make-confirmations-a-habit\n {4}Ask what must be true\n$/);
    const json = JSON.parse((await fulcrumIn(dataDir, 'notes', '--json')).stdout) as Array<{ at: number; text: string; personId: string | null }>;
    expect(json.map((n) => [n.at, n.text])).toEqual([[754, 'Ask what must be true'], [70, 'The shrug']]);
    expect(json[0]?.personId).toBeTruthy();
    expect((await fulcrumIn(dataDir, 'notes', '--person', 'Dana Whitfield', '--json')).stdout).toContain('Ask what must be true');
  });

  it('names the flag that was wrong, and what is missing', async () => {
    expect(await fulcrumIn(dataDir, 'note', 'add', '--episode', episodeId, '--text', 'x')).toMatchObject({ code: 2, stderr: expect.stringContaining('note add needs --at 12:34') });
    expect(await fulcrumIn(dataDir, 'note', 'add', '--episode', episodeId, '--at', '12h', '--text', 'x')).toMatchObject({ code: 2, stderr: expect.stringContaining('--at must be a time written 12:34, 1:02:03 or a number of seconds, not "12h"') });
    expect(await fulcrumIn(dataDir, 'note', 'add', '--episode', episodeId, '--at', '45:00', '--text', 'x')).toMatchObject({ code: 1, stderr: expect.stringContaining('45:00 is after the end') });
    expect(await fulcrumIn(dataDir, 'note', 'add', '--episode', 'nope', '--at', '1', '--text', 'x')).toMatchObject({ code: 1, stderr: expect.stringContaining('not in your library') });
    expect((await fulcrumIn(dataDir, 'notes')).stdout).toContain('No notes yet');
  });
});

describe('fulcrum lesson add', () => {
  it('promotes a note to a lesson of your own that search, show and the action command then use', async () => {
    const note = JSON.parse((await fulcrumIn(dataDir, 'note', 'add', '--episode', episodeId, '--at', '12:34', '--text', 'Ask what would have to be true', '--json')).stdout) as { id: string };
    const made = await fulcrumIn(dataDir, 'lesson', 'add', '--from-note', note.id, '--title', 'Ask what must be true', '--mode', 'ask', '--tag', 'close dates');
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toBe('Added your lesson “Ask what must be true” as ask-what-must-be-true, from Asking for the close date, three ways at 12:34. Apply it with: fulcrum action add --lesson ask-what-must-be-true …\n');
    expect((await fulcrumIn(dataDir, 'lesson', 'list')).stdout).toBe('ask-what-must-be-true  Ask what must be true (ask)  from Asking for the close date, three ways at 12:34\n');
    expect((await fulcrumIn(dataDir, 'search', 'what must be true', '--kind', 'lesson', '--json')).stdout).toContain('"id": "ask-what-must-be-true"');
    expect((await fulcrumIn(dataDir, 'show', 'ask-what-must-be-true')).stdout).toContain('Ask what must be true');

    await fulcrumIn(dataDir, 'person', 'add', '--name', 'Dana', '--relation', 'salesperson');
    const ask = await fulcrumIn(dataDir, 'action', 'add', '--kind', 'ask', '--person', 'Dana', '--text', 'Name the close date', '--lesson', 'ask-what-must-be-true');
    expect(ask.code, ask.stderr).toBe(0);
    expect((await fulcrumIn(dataDir, 'notes', '--json')).stdout).toContain('"lessonIdsMade": [\n      "ask-what-must-be-true"');
  });

  it('refuses a bad mode and a note that does not exist, in words', async () => {
    expect(await fulcrumIn(dataDir, 'lesson', 'add', '--title', 'T', '--mode', 'order')).toMatchObject({ code: 2, stderr: expect.stringContaining('--mode') });
    expect(await fulcrumIn(dataDir, 'lesson', 'add', '--title', 'T', '--from-note', 'gone')).toMatchObject({ code: 1, stderr: expect.stringContaining('That note no longer exists') });
    expect(await fulcrumIn(dataDir, 'lesson', 'add', '--from-note', 'gone')).toMatchObject({ code: 2, stderr: expect.stringContaining('lesson add needs --title') });
  });
});
