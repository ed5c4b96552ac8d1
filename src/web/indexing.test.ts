// Browser mode starts its search index in the background: every other operation is answered at
// once, and a search made meanwhile answers from what is indexed so far and says how far it got.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDirs';
import { createCore } from '../core/createCore';
import { openCoreSession, type CoreSession } from '../core/coreSession';
import { inProcessClient } from '../core/inProcessClient';
import { bundledContentDir } from '../core/paths';
import type { Envelope } from '../shared/errors';
import type { Person, SearchResults } from '../shared/contract';
import { webHostHandlers } from './hostHandlers';
import { startWebServer, type WebServer } from './server';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let core: CoreSession;
let server: WebServer;
const entries = 3000;

async function call<T>(name: string, input: unknown): Promise<T> {
  const response = await fetch(`${server.url}api/${name}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  });
  const envelope = (await response.json()) as Envelope<T>;
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.value;
}

beforeAll(async () => {
  temp = await makeTempDir();
  const dataDir = path.join(temp.dir, 'data');
  const seeding = await createCore({ dataDir, contentDir: bundledContentDir() });
  const seed = inProcessClient(seeding.handlers);
  await seed.people.create({ name: 'Dana Whitfield', relation: 'salesperson' });
  for (let i = 0; i < entries; i++) await seed.journal.create({ date: '2025-03-09', body: `Pipeline review number ${i}: close dates and next steps.` });
  seeding.close();
  core = await openCoreSession({ dataDir, contentDir: bundledContentDir(), door: 'browser', indexing: 'background' });
  server = await startWebServer({ handlers: { ...core.handlers, ...webHostHandlers() }, staticDir: temp.dir });
}, 120_000);

afterAll(async () => {
  await server?.close();
  await core?.close();
  await temp?.cleanup();
});

describe('browser mode while its search index is being built', () => {
  it('answers other operations at once, and searches with their progress, then in full', async () => {
    let built = false;
    const ready = core.searchReady().then(() => {
      built = true;
    });
    const people = await call<Person[]>('people.list', {});
    const info = await call<{ door: string; itemCount: number; lessonCount: number }>('app.info', {});
    const early = await call<SearchResults>('search.query', { q: 'pipeline', kinds: ['journal'] });
    const answeredBeforeBuilt = !built;
    expect(people.map((p) => p.name)).toEqual(['Dana Whitfield']);
    expect(info.door).toBe('browser');
    expect(answeredBeforeBuilt, `the index of ${entries} entries was built before three requests were answered`).toBe(true);
    expect(early.indexing).toBeDefined();
    expect(early.indexing?.total).toBe(entries + 1 + info.itemCount + info.lessonCount);
    expect(early.indexing?.indexed).toBeLessThan(early.indexing?.total as number);
    expect(early.total).toBeLessThan(entries);

    await ready;
    const full = await call<SearchResults>('search.query', { q: 'pipeline', kinds: ['journal'] });
    expect(full.indexing).toBeUndefined();
    expect(full.total).toBe(entries);
  }, 60_000);
});
