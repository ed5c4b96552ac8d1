// The search worker as the doors use it: a real worker thread over a real data folder. The core's
// writes are searchable at once; the index is saved and loaded at the next start with the changes
// written meanwhile (by another process too); a damaged saved index is rebuilt; a worker that dies
// is explained in words and started again.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/tempDirs';
import { createCore, type Core } from '../../createCore';
import { inProcessClient } from '../../inProcessClient';
import { bundledContentDir } from '../../paths';
import { snapshotFolder } from '../snapshot/indexSnapshot';

let dataDir: string;
let cleanup: () => Promise<void>;
const open: Core[] = [];
let logged: string[] = [];

beforeEach(async () => {
  ({ dir: dataDir, cleanup } = await makeTempDir('fulcrum-search-worker-'));
  logged = [];
});
afterEach(async () => {
  for (const core of open.splice(0)) await core.close();
  await cleanup();
});

async function start(options: { worker?: boolean; background?: boolean } = {}) {
  const core = await createCore({
    dataDir,
    contentDir: bundledContentDir(),
    search: options.worker === false ? { mode: 'in-process' } : { mode: 'worker' },
    ...(options.background === false ? {} : { indexing: 'background' as const }),
    log: (line) => logged.push(line),
  });
  open.push(core);
  return { core, client: inProcessClient(core.handlers) };
}

async function stop(core: Core): Promise<void> {
  open.splice(open.indexOf(core), 1);
  await core.close();
}

const titlesFor = async (client: ReturnType<typeof inProcessClient>, q: string) => (await client.search.query({ q, limit: 10 })).hits.map((hit) => hit.title);

describe('the search worker', () => {
  it('finds what the core just wrote, in the next query', async () => {
    const { core, client } = await start();
    await core.searchReady();
    const entry = await client.journal.create({ date: '2026-11-20', title: 'Xqzebra review', body: 'The xqzebra pipeline needs a second look.', lessonIds: [], personIds: [], actionIds: [] });
    expect(await titlesFor(client, 'xqzebra')).toEqual(['Xqzebra review']);
    await client.journal.update({ id: entry.id, date: '2026-11-20', title: 'Xqokapi review', body: 'Renamed.', lessonIds: [], personIds: [], actionIds: [] });
    expect(await titlesFor(client, 'xqzebra ')).toEqual([]);
    expect(await titlesFor(client, 'xqokapi')).toEqual(['Xqokapi review']);
    expect(await titlesFor(client, 'three confirmations')).toContain('The three confirmations: how, when and what help');
  });

  it('saves its index and loads it at the next start, with what was written while it was closed', async () => {
    const first = await start();
    await first.core.searchReady();
    await first.client.journal.create({ date: '2026-11-20', title: 'Xqfirst entry', body: 'Written while the app ran.', lessonIds: [], personIds: [], actionIds: [] });
    await stop(first.core);
    expect(logged.some((line) => line.startsWith('search: saved the index'))).toBe(true);

    // Another process (the CLI) writes while the app is closed.
    const cli = await start({ worker: false, background: false });
    await cli.client.journal.create({ date: '2026-11-21', title: 'Xqsecond entry', body: 'Written by the CLI.', lessonIds: [], personIds: [], actionIds: [] });
    await stop(cli.core);

    logged = [];
    const again = await start();
    await again.core.searchReady();
    expect(logged.find((line) => line.startsWith('search: loaded the saved index'))).toBeDefined();
    expect(logged.some((line) => line.startsWith('search: building'))).toBe(false);
    expect(await titlesFor(again.client, 'xqfirst')).toEqual(['Xqfirst entry']);
    expect(await titlesFor(again.client, 'xqsecond')).toEqual(['Xqsecond entry']);
  });

  it('builds afresh, and still answers right, when the saved index is damaged', async () => {
    const first = await start();
    await first.core.searchReady();
    await first.client.journal.create({ date: '2026-11-20', title: 'Xqdamaged entry', body: 'Before the damage.', lessonIds: [], personIds: [], actionIds: [] });
    await stop(first.core);
    const root = path.join(dataDir, snapshotFolder);
    const generation = readFileSync(path.join(root, 'current'), 'utf8').trim();
    const documents = path.join(root, generation, 'documents.json');
    writeFileSync(documents, readFileSync(documents, 'utf8').slice(0, 100));

    logged = [];
    const again = await start();
    await again.core.searchReady();
    expect(logged).toContain('search: building the index (the saved index cannot be read: documents.json is damaged (its size or checksum does not match))');
    expect(await titlesFor(again.client, 'xqdamaged')).toEqual(['Xqdamaged entry']);
    // The rebuilt index was saved, and is the one the next start loads.
    expect(readFileSync(path.join(root, 'current'), 'utf8').trim()).not.toBe(generation);
    await stop(again.core);
    logged = [];
    await (await start()).core.searchReady();
    expect(logged.find((line) => line.startsWith('search: loaded the saved index'))).toBeDefined();
  });

  it('hears what another process writes while it runs', async () => {
    const { core, client } = await start();
    await core.searchReady();
    const cli = await start({ worker: false, background: false });
    await cli.client.journal.create({ date: '2026-11-22', title: 'Xqcli entry', body: 'From the command line.', lessonIds: [], personIds: [], actionIds: [] });
    await expect.poll(() => titlesFor(client, 'xqcli'), { timeout: 5000 }).toEqual(['Xqcli entry']);
  });

  it('says in words when its code cannot run, and nothing else breaks', async () => {
    const core = await createCore({ dataDir, contentDir: bundledContentDir(), search: { mode: 'worker', workerEntry: new URL('file:///nowhere/searchWorker.js') } });
    open.push(core);
    const client = inProcessClient(core.handlers);
    await expect(client.search.query({ q: 'confirm', limit: 5 })).rejects.toThrow(/^Search stopped unexpectedly \(.*\)\. It starts again at the next search\.$/);
    expect((await client.people.list({})).length).toBe(0);
  });
});
