// The desktop build's search worker, run where Electron cannot be: `electron-vite build` bundles
// `searchWorker.js` beside the main process, and the core is started on it exactly as the desktop
// app's main process starts it (`search: { mode: 'worker', workerEntry }`), as a Node worker thread.
// (The whole app runs in the Playwright Electron project, where an Electron binary exists.)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDirs';
import { createCore } from '../core/createCore';
import { inProcessClient } from '../core/inProcessClient';
import { bundledContentDir, projectRoot } from '../core/paths';
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
}, 120_000);

afterAll(async () => {
  rmSync(outDir, { recursive: true, force: true });
  await cleanup();
});

/** A core whose search runs in the bundled worker, as in the desktop app. */
async function desktopCore(logged: string[]) {
  const workerEntry = pathToFileURL(builtLayout(path.join(outDir, 'main')).searchWorker);
  return createCore({ dataDir, contentDir: bundledContentDir(), search: { mode: 'worker', workerEntry }, log: (line) => logged.push(line) });
}

describe('the desktop build’s search worker', () => {
  it('builds the index, answers (a typo too) and finds what was just written, saves on close, and loads it at the next start', async () => {
    const logged: string[] = [];
    const core = await desktopCore(logged);
    const client = inProcessClient(core.handlers);
    await client.journal.create({ date: '2026-11-20', title: 'Xqbundle review with Dana', body: 'She confirmed the how and the when.', lessonIds: [], personIds: [], actionIds: [] });
    await core.searchReady();
    expect((await client.search.query({ q: 'confrim', limit: 5 })).hits.map((h) => h.id)).toContain('three-confirmations');
    expect((await client.search.query({ q: 'xqbundle', limit: 5 })).hits.map((h) => h.title)).toEqual(['Xqbundle review with Dana']);
    await core.close();
    expect(logged.some((line) => line.startsWith('search: building the index'))).toBe(true);

    const next: string[] = [];
    const again = await desktopCore(next);
    expect((await inProcessClient(again.handlers).search.query({ q: 'xqbundle', limit: 5 })).total).toBe(1);
    await again.close();
    expect(next.some((line) => line.startsWith('search: loaded the saved index'))).toBe(true);
  }, 60_000);
});
