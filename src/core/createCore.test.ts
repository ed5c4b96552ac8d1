import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FulcrumError } from '../shared/errors';
import { createCore, type Core } from './createCore';
import { bundledContentDir } from './paths';
import { inProcessClient } from './inProcessClient';
import { makeTempDir } from '../../test/support/tempDirs';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let core: Core;
const now = () => new Date('2025-03-04T09:30:00Z');
const start = () => createCore({ dataDir: temp.dir, contentDir: bundledContentDir(), now });
const hostHandlers = { 'host.saveFile': () => ({ saved: false }) };
const clientOf = (c: Core) => inProcessClient({ ...c.handlers, ...hostHandlers });

beforeEach(async () => {
  temp = await makeTempDir();
  core = await start();
});
afterEach(async () => {
  core.close();
  await temp.cleanup();
});

describe('createCore through the contract', () => {
  it('answers app.info with the library size and no content problems', async () => {
    const info = await clientOf(core).app.info();
    expect(info.itemCount).toBeGreaterThanOrEqual(12);
    expect(info.lessonCount).toBeGreaterThanOrEqual(30);
    expect(info.contentProblems).toEqual([]);
    expect(info.dataDir).toBe(temp.dir);
  });

  it('refuses bad input with a plain sentence and writes nothing', async () => {
    const client = clientOf(core);
    const attempt = client.journal.create({ date: '04/03/2025', body: 'x', lessonIds: ['three-confirmations'] });
    await expect(attempt).rejects.toMatchObject({ code: 'invalid-input', message: 'Date must be a date written YYYY-MM-DD. Nothing was saved.' });
    await expect(client.journal.create({ date: '2025-02-30', body: 'x' })).rejects.toThrow(/not a real calendar date/);
    await expect(client.journal.create({ date: '2025-03-04', body: 'x', lessonIds: ['no-such-lesson'] })).rejects.toThrow(
      'No lesson is called "no-such-lesson". Pick lessons from the library; nothing was saved.',
    );
    // @ts-expect-error: the wrong type on purpose
    await expect(client.search.query({ q: 42 })).rejects.toBeInstanceOf(FulcrumError);
    expect(await client.journal.list()).toEqual([]);
  });

  it('makes a new entry searchable at once, shows it as a backlink, and forgets it when deleted', async () => {
    const client = clientOf(core);
    const entry = await client.journal.create({
      date: '2025-03-04',
      title: 'Ride-along with Priya',
      body: 'Asked Priya for the territory plan; she confirmed Friday and wants help with the zebrafish account.',
      lessonIds: ['three-confirmations'],
    });
    const found = await client.search.query({ q: 'zebraf' });
    expect(found.hits.map((h) => [h.kind, h.id])).toEqual([['journal', entry.id]]);

    const lesson = await client.library.lesson({ id: 'three-confirmations' });
    expect(lesson.backlinks.map((e) => e.id)).toEqual([entry.id]);
    expect(lesson.item.id).toBe('meet-the-sales-experts-phil-harris');
    expect(lesson.html).toContain('<p>');

    await client.journal.update({ ...entry, body: 'Now about the walrus account.' });
    expect((await client.search.query({ q: 'zebraf' })).hits).toEqual([]);
    expect((await client.search.query({ q: 'walrus' })).hits[0]?.id).toBe(entry.id);

    const { deleted } = await client.journal.delete({ id: entry.id });
    expect(deleted.id).toBe(entry.id);
    expect((await client.search.query({ q: 'walrus' })).hits).toEqual([]);
    expect((await client.library.lesson({ id: 'three-confirmations' })).backlinks).toEqual([]);

    const restored = await client.journal.restore({ id: entry.id });
    expect(restored.id).toBe(entry.id);
    expect((await client.search.query({ q: 'walrus' })).hits[0]?.id).toBe(entry.id);
    expect((await client.library.lesson({ id: 'three-confirmations' })).backlinks.map((e) => e.id)).toEqual([entry.id]);
  });

  it('keeps entries and their index across a restart', async () => {
    const entry = await clientOf(core).journal.create({ date: '2025-03-01', body: 'Persisted platypus note', lessonIds: ['crm-compliance'] });
    core.close();
    core = await start();
    const client = clientOf(core);
    expect((await client.journal.get({ id: entry.id })).body).toBe('Persisted platypus note');
    expect((await client.search.query({ q: 'platyp' })).hits[0]?.id).toBe(entry.id);
  });

  it('exports a lesson with its journal entries as Markdown when the leader asks for them', async () => {
    const client = clientOf(core);
    await client.journal.create({ date: '2025-03-02', title: 'CRM push', body: 'Asked the team to update **close dates** by Friday.\n\n# A heading', lessonIds: ['crm-compliance'] });
    const doc = await client.export.document({ kind: 'lesson', id: 'crm-compliance', includeJournal: true });
    expect(doc.fileName).toBe('crm-compliance.md');
    expect(doc.mimeType).toBe('text/markdown');
    const lesson = await client.library.lesson({ id: 'crm-compliance' });
    expect(doc.content.startsWith(`# ${lesson.lesson.title}\n`)).toBe(true);
    expect(doc.content).toContain('## My journal');
    expect(doc.content).toContain('### 2025-03-02 · CRM push');
    expect(doc.content).toContain('Asked the team to update **close dates** by Friday.');
    expect(doc.content).toContain('#### A heading');
    expect(doc.content).toContain('Shared from Fulcrum on 2025-03-04.');
    expect(doc.purpose).toBe('share');
    expect(doc.holds).toMatch(/^Share with your journal: the lesson and 1 journal entry of yours about it/);
    expect(doc.content).not.toMatch(/\]\(\.\/|\]\(#/);
  });

  it('lists and details the library', async () => {
    const client = clientOf(core);
    const episodes = await client.library.list({ kind: 'episode' });
    expect(episodes.map((e) => e.id)).toContain('meet-the-sales-experts-phil-harris');
    const all = await client.library.list({ sort: 'oldest' });
    expect(all.map((i) => i.date)).toEqual([...all.map((i) => i.date)].sort());
    const tagged = await client.library.list({ tag: 'asking' });
    expect(tagged.length).toBeGreaterThan(0);
    expect(tagged.every((i) => i.tags.includes('asking'))).toBe(true);
    const detail = await client.library.item({ id: 'meet-the-sales-experts-phil-harris' });
    expect(detail.sections.filter((s) => s.type === 'lesson').length).toBe(detail.lessons.length);
    await expect(client.library.item({ id: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
    const facets = await client.search.facets();
    expect(facets.shows).toEqual(expect.arrayContaining(['Meet the Sales Experts', 'Fulcrum Field Notes']));
  });
});
