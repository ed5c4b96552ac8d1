// The saved index is used only for what it covers: another journal, a change log that was trimmed
// past it or that went back (a restored backup), a library that changed, or counts that disagree
// with the journal each make it be built again; otherwise it is loaded, never rebuilt.
import { copyFileSync, cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { itemFile, makeTempDir, writeFiles } from '../../../test/support/tempDirs';
import { createCore } from '../createCore';
import { inProcessClient } from '../inProcessClient';
import { bundledContentDir } from '../paths';
import { journalFileName } from '../storage/database';
import { LiveSearch } from './liveSearch';
import { openSearchDeps } from './worker/searchDeps';

let dataDir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir: dataDir, cleanup } = await makeTempDir('fulcrum-saved-index-')));
afterEach(async () => cleanup());

/** Writes journal entries as the app or the CLI does (in-process core, no search index). */
async function write(titles: string[], options: { withPerson?: boolean } = {}): Promise<void> {
  const core = await createCore({ dataDir, contentDir: bundledContentDir() });
  const client = inProcessClient(core.handlers);
  for (const title of titles) await client.journal.create({ date: '2026-11-20', title, body: `${title} body.`, lessonIds: [], personIds: [], actionIds: [] });
  if (options.withPerson) {
    const dana = await client.people.create({ name: 'Dana Xqwhitfield', relation: 'salesperson' });
    await client.actions.create({ kind: 'ask', personId: dana.id, text: 'Send the xqforecast', date: '2025-03-07', confirmations: { when: '2025-03-10' } });
  }
  await core.close();
}

/** Opens search as the worker does, waits until it is ready, and says what it logged. */
async function openSearch(run: (search: LiveSearch) => Promise<void> = async () => undefined, contentDir = bundledContentDir()): Promise<string[]> {
  const logged: string[] = [];
  const deps = openSearchDeps({ dataDir, contentDir });
  const search = new LiveSearch({ ...deps, saveIn: dataDir, followOthers: true, log: (line) => logged.push(line) });
  try {
    await search.ready();
    await run(search);
  } finally {
    await search.close();
    deps.storage.close();
  }
  return logged;
}

const built = (logged: string[]) => logged.find((line) => line.startsWith('search: building the index'));
const loaded = (logged: string[]) => logged.some((line) => line.startsWith('search: loaded the saved index'));

describe('the saved search index', () => {
  it('is loaded, not rebuilt, when nothing changed, and takes in what changed since', async () => {
    await write(['Xqalpha'], { withPerson: true });
    expect(built(await openSearch())).toBe('search: building the index (no saved index yet)');
    await write(['Xqbeta']);
    const logged = await openSearch(async (search) => {
      expect((await search.query({ q: 'xqbeta', limit: 5 })).hits.map((h) => h.title)).toEqual(['Xqbeta']);
    });
    expect(built(logged)).toBeUndefined();
    expect(logged.some((line) => line.includes('rebuilding'))).toBe(false);
    expect(loaded(logged)).toBe(true);
  });

  it('is built again for another journal', async () => {
    await write(['Xqalpha']);
    await openSearch();
    const saved = path.join(dataDir, 'search-index');
    const other = await makeTempDir('fulcrum-other-journal-');
    try {
      // The same saved index beside a different journal.
      const { dir } = other;
      const previous = dataDir;
      dataDir = dir;
      await write(['Xqgamma']);
      copyDir(saved, path.join(dir, 'search-index'));
      const logged = await openSearch(async (search) => {
        expect((await search.query({ q: 'xqalpha', limit: 5 })).hits).toEqual([]);
        expect((await search.query({ q: 'xqgamma', limit: 5 })).hits.map((h) => h.title)).toEqual(['Xqgamma']);
      });
      expect(built(logged)).toBe('search: building the index (it was saved for another journal)');
      dataDir = previous;
    } finally {
      await other.cleanup();
    }
  });

  it('is built again when the journal goes back to a backup made before it was saved', async () => {
    await write(['Xqalpha']);
    await openSearch();
    copyFileSync(path.join(dataDir, journalFileName), path.join(dataDir, 'before.sqlite'));
    await write(['Xqbeta']);
    await openSearch();
    // The journal as it was before Xqbeta (its change log is shorter than the index says).
    rmSync(path.join(dataDir, `${journalFileName}-wal`), { force: true });
    rmSync(path.join(dataDir, `${journalFileName}-shm`), { force: true });
    copyFileSync(path.join(dataDir, 'before.sqlite'), path.join(dataDir, journalFileName));
    const logged = await openSearch(async (search) => {
      expect((await search.query({ q: 'xqbeta', limit: 5 })).hits).toEqual([]);
      expect((await search.query({ q: 'xqalpha', limit: 5 })).hits.map((h) => h.title)).toEqual(['Xqalpha']);
    });
    expect(built(logged)).toBe('search: building the index (the journal’s change log no longer reaches back to it)');
  });
});

describe('an outdated saved index', () => {
  it('is rebuilt beside the loaded one when the library changed, answers from the fresh one, and is saved', async () => {
    const content = path.join(dataDir, 'content');
    await writeFiles(content, { 'first.md': itemFile({ title: 'Xqoriginal item', lessons: [{ id: 'first-lesson', title: 'First lesson' }] }) });
    await write(['Xqalpha']);
    await openSearch(undefined, content);
    // A new version of the app ships a changed library.
    await writeFiles(content, { 'first.md': itemFile({ title: 'Xqrevised item', lessons: [{ id: 'first-lesson', title: 'First lesson' }] }) });
    const logged = await openSearch(async (search) => {
      expect((await search.query({ q: 'xqrevised', limit: 5 })).hits.map((h) => h.title)).toEqual(['Xqrevised item']);
      expect((await search.query({ q: 'xqoriginal', limit: 5 })).hits).toEqual([]);
      expect((await search.query({ q: 'xqalpha', limit: 5 })).hits.map((h) => h.title)).toEqual(['Xqalpha']);
    }, content);
    expect(loaded(logged)).toBe(true);
    expect(logged).toContain('search: rebuilding the saved index in the background (the library changed)');
    // Saved again: the next start loads it as it is.
    const again = await openSearch(undefined, content);
    expect(again.some((line) => line.includes('rebuilding') || line.includes('building'))).toBe(false);
  });
});

describe('an index rebuilt beside the loaded one', () => {
  it('keeps answering from the loaded one meanwhile, saying how far the fresh one got', async () => {
    const content = path.join(dataDir, 'content');
    // Enough items that the fresh index is filled over several turns of the event loop.
    const items = (word: string) => Object.fromEntries(Array.from({ length: 450 }, (_, i) => [`item-${i}.md`, itemFile({ title: `${word} item ${i}`, lessons: [{ id: `lesson-${i}`, title: `Lesson ${i}` }] })]));
    await writeFiles(content, items('Xqoriginal'));
    await openSearch(undefined, content);
    await writeFiles(content, items('Xqrevised'));

    const deps = openSearchDeps({ dataDir, contentDir: content });
    const search = new LiveSearch({ ...deps, saveIn: dataDir, followOthers: true });
    try {
      const rebuilt = search.ready();
      const during = await search.query({ q: 'xqoriginal', limit: 5 });
      expect(during.total).toBe(450);
      expect(during.hits).toHaveLength(5);
      expect(during.indexing?.total).toBeGreaterThan(450);
      expect(during.indexing?.indexed).toBeLessThan(during.indexing?.total as number);
      await rebuilt;
      const after = await search.query({ q: 'xqrevised', limit: 5 });
      expect(after.indexing).toBeUndefined();
      expect(after.total).toBe(450);
      expect((await search.query({ q: 'xqoriginal', limit: 5 })).total).toBe(0);
    } finally {
      await search.close();
      deps.storage.close();
    }
  });
});

describe('saving the index', () => {
  it('answers queries while it saves, and holds what is written meanwhile until the save ends', async () => {
    await write(['Xqbefore entry']);
    const logged: string[] = [];
    const deps = openSearchDeps({ dataDir, contentDir: bundledContentDir() });
    // Saved at once after each change, a step at a time: a save spans many turns of the event loop.
    const search = new LiveSearch({ ...deps, saveIn: dataDir, followOthers: true, saveAfterMs: 0, saveSliceMs: 0, log: (line) => logged.push(line) });
    const saves = () => logged.filter((line) => line.startsWith('search: saved the index')).length;
    try {
      await search.ready();
      const entry = (title: string) => deps.journal.create({ date: '2026-11-20', title, body: `${title} body.`, lessonIds: [], personIds: [], actionIds: [] });
      entry('Xqfirst entry');
      const savedBefore = saves();
      // The save the change scheduled has started (its timer came first) and is paused at its first step.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const during = await search.query({ q: 'xqfirst', limit: 5 });
      expect(during.hits.map((h) => h.title)).toEqual(['Xqfirst entry']);
      expect(saves()).toBe(savedBefore);
      // Written during the save: held, then in the index before the next query is answered.
      entry('Xqsecond entry');
      const after = await search.query({ q: 'xqsecond', limit: 5 });
      expect(after.hits.map((h) => h.title)).toEqual(['Xqsecond entry']);
      expect(saves()).toBe(savedBefore + 1);
    } finally {
      await search.close();
      deps.storage.close();
    }
    // Loaded at the next start, not built, with everything written.
    const again = await openSearch(async (next) => {
      for (const q of ['xqbefore', 'xqfirst', 'xqsecond']) expect((await next.query({ q, limit: 5 })).total).toBe(1);
    });
    expect(loaded(again)).toBe(true);
    expect(built(again)).toBeUndefined();
  });
});

function copyDir(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}
