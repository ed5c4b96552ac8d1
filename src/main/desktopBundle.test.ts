// The desktop build's search worker, run where Electron cannot be: `electron-vite build` bundles
// `searchWorker.js` beside the main process, and this starts that very file as a Node worker thread
// on a data folder and asks it questions, as the desktop app's core does. (The whole app runs in the
// Playwright Electron project, where an Electron binary exists.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDirs';
import { createCore } from '../core/createCore';
import { inProcessClient } from '../core/inProcessClient';
import { bundledContentDir, projectRoot } from '../core/paths';
import type { FromWorker, SearchWorkerSetup, ToWorker } from '../core/search/worker/protocol';
import type { SearchResults } from '../shared/contract';
import { builtLayout } from './buildLayout';

const root = projectRoot();
let outDir: string;
let dataDir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  // Inside the project (its tmp/ is ignored by git), so the bundle finds node_modules as out/ does.
  mkdirSync(path.join(root, 'tmp'), { recursive: true });
  outDir = mkdtempSync(path.join(root, 'tmp', 'desktop-bundle-'));
  execFileSync(path.join(root, 'node_modules', '.bin', 'electron-vite'), ['build', '--outDir', outDir, '--logLevel', 'error'], { cwd: root, stdio: 'pipe' });
  ({ dir: dataDir, cleanup } = await makeTempDir('fulcrum-desktop-bundle-'));
  const core = await createCore({ dataDir, contentDir: bundledContentDir() });
  await inProcessClient(core.handlers).journal.create({ date: '2026-11-20', title: 'Xqbundle review with Dana', body: 'She confirmed the how and the when.', lessonIds: [], personIds: [], actionIds: [] });
  await core.close();
}, 120_000);

afterAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  await cleanup();
});

/** Starts the bundled worker and sends it messages, one answer per id. */
function startBundledWorker(setup: SearchWorkerSetup) {
  const worker = new Worker(builtLayout(path.join(outDir, 'main')).searchWorker, { workerData: setup });
  const waiting = new Map<number, (message: Extract<FromWorker, { type: 'answer' }>) => void>();
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'answer') waiting.get(message.id)?.(message);
  });
  // A worker that cannot start (a broken bundle) fails the question at once instead of timing out.
  const failed = new Promise<never>((_, reject) => worker.once('error', reject));
  failed.catch(() => undefined);
  let next = 0;
  const ask = (message: (id: number) => ToWorker) =>
    Promise.race([
      new Promise<Extract<FromWorker, { type: 'answer' }>>((resolve) => {
        const id = ++next;
        waiting.set(id, resolve);
        worker.postMessage(message(id));
      }),
      failed,
    ]);
  return { worker, ask };
}

describe('the desktop build’s search worker', () => {
  it('opens the journal and library, answers questions with typos, saves its index, and closes', async () => {
    const { worker, ask } = startBundledWorker({ dataDir, contentDir: bundledContentDir(), persist: true, openAtOnce: true });
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    const search = async (q: string) => (await ask((id) => ({ type: 'query', id, query: { q, limit: 5 } }))).value as SearchResults;
    // Built at its first start: ready once every record is in (until then it answers with what is in so far).
    expect((await ask((id) => ({ type: 'ready', id }))).error).toBeUndefined();
    expect((await search('confrim')).hits.map((h) => h.id)).toContain('three-confirmations');
    expect((await search('xqbundle')).hits.map((h) => h.title)).toEqual(['Xqbundle review with Dana']);
    expect((await ask((id) => ({ type: 'close', id }))).error).toBeUndefined();
    await exited;
    // Closed, it left its index saved in the data folder for the next start.
    const again = startBundledWorker({ dataDir, contentDir: bundledContentDir(), persist: true, openAtOnce: true });
    const logs: string[] = [];
    again.worker.on('message', (message: FromWorker) => message.type === 'log' && logs.push(message.line));
    expect(((await again.ask((id) => ({ type: 'query', id, query: { q: 'xqbundle', limit: 5 } }))).value as SearchResults).total).toBe(1);
    expect(logs.some((line) => line.startsWith('search: loaded the saved index'))).toBe(true);
    await again.ask((id) => ({ type: 'close', id }));
  }, 60_000);
});
