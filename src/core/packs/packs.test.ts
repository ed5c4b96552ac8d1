// Library packs through the contract, on a real data folder and SQLite: a pack joins the library and
// search at once, is checked whole (every problem as file:line: message) and stored all or nothing,
// never reuses an id the library has, replaces an installed pack only when asked, and leaves the
// journal's links alone when it is removed.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreForEachTest } from '../../../test/support/coreFixture';
import { itemFile, makeTempDir, writeFiles } from '../../../test/support/tempDirs';
import { FulcrumError } from '../../shared/errors';
import { backupsFolder, restoreBackup } from '../backup/backups';
import { createCore, type Core } from '../createCore';
import { inProcessClient } from '../inProcessClient';
import { bundledContentDir } from '../paths';

const discovery = itemFile({
  title: 'Discovery calls at Acme',
  tags: ['discovery'],
  show: 'Acme Enablement',
  lessons: [{ id: 'acme-quantify-the-pain', title: 'Quantify the pain', mode: 'ask', body: 'Ask what the zorblax problem costs each quarter. See [the review](./acme-deal-review.md#acme-review-cadence).' }],
});
const review = itemFile({
  title: 'Deal reviews at Acme',
  show: 'Acme Enablement',
  lessons: [{ id: 'acme-review-cadence', title: 'Review every Friday', mode: 'mandate', body: 'Friday reviews keep the pipeline honest.' }],
});
const acmePack = [
  { path: 'acme-discovery.md', content: discovery },
  { path: 'acme-deal-review.md', content: review },
  { path: 'README.md', content: '# Acme playbook\n\nFor the field team.' },
];

async function refusal(work: Promise<unknown>): Promise<FulcrumError> {
  const error = await work.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(FulcrumError);
  return error as FulcrumError;
}

describe('library packs', () => {
  const fixture = coreForEachTest();

  it('installs a pack whose items are browsable, searchable and linkable at once', async () => {
    const { client, core } = fixture;
    await core.searchReady(); // built before the import, so search must follow it
    const bundled = (await client.library.list({})).length;
    const bundledLessons = (await client.app.info({})).lessonCount;

    const result = await client.packs.import({ title: 'Acme playbook', files: acmePack });
    expect(result).toEqual({ pack: { id: 'acme-playbook', title: 'Acme playbook', importedAt: '2025-03-10T09:00:00.000Z', fileCount: 3, itemCount: 2, lessonCount: 2 }, replaced: false });
    expect(await client.packs.list({})).toEqual([result.pack]);

    const items = await client.library.list({});
    expect(items).toHaveLength(bundled + 2);
    expect(items.find((i) => i.id === 'acme-discovery')).toMatchObject({ title: 'Discovery calls at Acme', pack: { id: 'acme-playbook', title: 'Acme playbook' } });
    expect(items.filter((i) => !i.pack)).toHaveLength(bundled);
    const detail = await client.library.item({ id: 'acme-discovery' });
    expect(detail.sections.find((s) => s.type === 'lesson')?.html).toContain('zorblax');
    expect((await client.library.lesson({ id: 'acme-review-cadence' })).item.pack?.id).toBe('acme-playbook');
    expect(await client.library.list({ show: 'Acme Enablement' })).toHaveLength(2);
    expect((await client.search.facets({})).shows).toContain('Acme Enablement');

    const hits = (await client.search.query({ q: 'zorblax' })).hits;
    expect(hits.map((h) => `${h.kind}:${h.id}`)).toEqual(['lesson:acme-quantify-the-pain', 'article:acme-discovery']);
    expect(hits[0]?.snippet).toMatch(/zorblax/i);
    expect(await client.app.info({})).toMatchObject({ itemCount: bundled + 2, lessonCount: bundledLessons + 2, contentProblems: [] });

    const entry = await client.journal.create({ date: '2025-03-10', body: 'Tried it with Dana.', lessonIds: ['acme-quantify-the-pain'] });
    expect(entry.lessonIds).toEqual(['acme-quantify-the-pain']);
    expect((await client.search.query({ q: 'quantify the pain', kinds: ['journal'] })).hits.map((h) => h.id)).toEqual([entry.id]);
  });

  it('reports every problem as file:line: message and stores nothing', async () => {
    const { client } = fixture;
    const broken = ['---', 'kind: podcast', 'title: Broken', '---', '', 'Text.'].join('\n');
    const linking = itemFile({ title: 'Linking', lessons: [{ id: 'acme-linking', title: 'Linking', body: 'See [gone](./gone.md).' }] });
    const linkLine = linking.split('\n').indexOf('See [gone](./gone.md).') + 1;
    const error = await refusal(client.packs.import({ title: 'Acme playbook', files: [{ path: 'broken.md', content: broken }, { path: 'linking.md', content: linking }, { path: 'notes.md', content: 'no frontmatter' }] }));
    expect(error.code).toBe('invalid-input');
    const lines = [
      'broken.md:2: kind must be one of: episode, article',
      `linking.md:${linkLine}: link points to "gone.md", which is not in the pack`,
      'notes.md:1: frontmatter is missing: the file must start with a --- block',
    ];
    expect(error.issues.map((i) => i.rule).sort()).toEqual(expect.arrayContaining(lines));
    expect(error.issues.find((i) => i.rule.startsWith('notes.md'))?.path).toEqual(['files', 2, 'content']);
    expect(error.message.split('\n')[0]).toMatch(/^The pack "Acme playbook" was not imported: \d+ problems to fix first \(each as file:line: message\)\. Nothing was saved\.$/);
    for (const line of lines) expect(error.message).toContain(line);
    expect(await client.packs.list({})).toEqual([]);
    await expect(client.library.item({ id: 'linking' })).rejects.toThrow(/no item "linking"/);
  });

  it('keeps the name and the ids of the leader’s own lessons for them', async () => {
    const { client } = fixture;
    await expect(client.packs.import({ title: 'Your lessons', files: acmePack })).rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining('the lessons you write yourself') });
    await expect(client.packs.remove({ id: 'your-lessons' })).rejects.toMatchObject({ message: expect.stringContaining('not a pack') });
    const own = await client.lessons.create({ title: 'Close the loop' });
    const clash = itemFile({ title: 'Ours', lessons: [{ id: own.id, title: 'Close the loop' }] });
    const error = await refusal(client.packs.import({ title: 'Clash', files: [{ path: 'ours.md', content: clash }] }));
    expect(error.message).toContain(`lesson id "${own.id}" is already used by the pack "Your lessons"`);
  });

  it('refuses ids the bundled library or another pack already uses', async () => {
    const { client } = fixture;
    const copy = itemFile({ title: 'Our copy', lessons: [{ id: 'three-confirmations', title: 'Three confirmations' }] });
    const error = await refusal(client.packs.import({ title: 'Copycat', files: [{ path: 'confirming-an-ask.md', content: copy }] }));
    expect(error.issues.map((i) => i.rule)).toEqual([
      'confirming-an-ask.md:1: item id "confirming-an-ask" is already used by the bundled library (confirming-an-ask.md); rename the file',
      `confirming-an-ask.md:${copy.split('\n').indexOf('  - id: three-confirmations') + 1}: lesson id "three-confirmations" is already used by the bundled library (meet-the-sales-experts-phil-harris.md); choose another id`,
    ]);
    await client.packs.import({ title: 'Acme playbook', files: acmePack });
    const again = await refusal(client.packs.import({ title: 'Acme playbook two', files: [{ path: 'acme-discovery.md', content: discovery }] }));
    expect(again.issues.map((i) => i.rule)).toContain('acme-discovery.md:1: item id "acme-discovery" is already used by the pack "Acme playbook" (acme-discovery.md); rename the file');
    expect((await client.packs.list({})).map((p) => p.id)).toEqual(['acme-playbook']);
    expect((await client.library.item({ id: 'confirming-an-ask' })).pack).toBeUndefined();
  });

  it('checks two imports made at the same time against each other', async () => {
    const { client } = fixture;
    const results = await Promise.allSettled([
      client.packs.import({ title: 'First', files: [{ path: 'acme-deal-review.md', content: review }] }),
      client.packs.import({ title: 'Second', files: [{ path: 'acme-deal-review.md', content: review }] }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/item id "acme-deal-review" is already used by the pack "First"/);
    expect((await client.packs.list({})).map((p) => p.id)).toEqual(['first']);
  });

  it('replaces an installed pack only when asked, and search follows the new one', async () => {
    const { client, core } = fixture;
    await client.packs.import({ title: 'Acme playbook', files: acmePack });
    await core.searchReady();
    const v2 = itemFile({ title: 'Discovery calls at Acme, v2', lessons: [{ id: 'acme-size-the-gap', title: 'Size the gap', body: 'Size the quuxification gap first.' }] });

    const conflict = await refusal(client.packs.import({ title: 'ACME Playbook', files: [{ path: 'acme-discovery.md', content: v2 }] }));
    expect(conflict.code).toBe('conflict');
    expect(conflict.message).toBe('A pack called "Acme playbook" (acme-playbook) is already installed, imported 2025-03-10. Nothing was changed: replace it, or give this one another title.');
    expect((await client.library.item({ id: 'acme-deal-review' })).title).toBe('Deal reviews at Acme');

    const replaced = await client.packs.import({ title: 'ACME Playbook', files: [{ path: 'acme-discovery.md', content: v2 }], replace: true });
    expect(replaced).toMatchObject({ pack: { id: 'acme-playbook', title: 'ACME Playbook', fileCount: 1, itemCount: 1, lessonCount: 1 }, replaced: true });
    expect((await client.library.item({ id: 'acme-discovery' })).title).toBe('Discovery calls at Acme, v2');
    await expect(client.library.item({ id: 'acme-deal-review' })).rejects.toThrow(/no item/);
    expect((await client.search.query({ q: 'quuxification' })).hits.map((h) => h.id)).toEqual(['acme-size-the-gap', 'acme-discovery']);
    expect((await client.search.query({ q: 'zorblax' })).hits).toEqual([]);
    expect((await client.search.query({ q: 'friday reviews' })).hits.filter((h) => h.id.startsWith('acme'))).toEqual([]);
  });

  it('removes a pack; entries that link its lessons keep their links and stay editable', async () => {
    const { client, core } = fixture;
    await client.packs.import({ title: 'Acme playbook', files: acmePack });
    const entry = await client.journal.create({ date: '2025-03-10', body: 'Used it.', lessonIds: ['acme-review-cadence'] });
    await core.searchReady();
    expect((await client.search.query({ q: 'review every friday', kinds: ['journal'] })).hits.map((h) => h.id)).toEqual([entry.id]);

    const { removed } = await client.packs.remove({ id: 'acme-playbook' });
    expect(removed).toMatchObject({ id: 'acme-playbook', itemCount: 2, lessonCount: 2 });
    expect(await client.packs.list({})).toEqual([]);
    await expect(client.library.lesson({ id: 'acme-review-cadence' })).rejects.toThrow(/no lesson "acme-review-cadence"/);
    expect((await client.search.query({ q: 'zorblax' })).hits).toEqual([]);
    // The entry no longer carries the lesson's title, as an index built afresh would have it.
    expect((await client.search.query({ q: 'review every friday', kinds: ['journal'] })).hits).toEqual([]);
    expect(await client.journal.update({ ...entry, body: 'Used it again.' })).toMatchObject({ lessonIds: ['acme-review-cadence'] });
    await expect(client.journal.create({ date: '2025-03-10', body: 'x', lessonIds: ['acme-review-cadence'] })).rejects.toThrow(/No lesson is called "acme-review-cadence"/);
    await expect(client.packs.remove({ id: 'acme-playbook' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('takes its title from the one folder holding every file, and asks for one otherwise', async () => {
    const { client } = fixture;
    const inFolder = acmePack.map((f) => ({ ...f, path: `Acme Field Guide/${f.path}` }));
    const { pack } = await client.packs.import({ files: inFolder });
    expect(pack).toMatchObject({ id: 'acme-field-guide', title: 'Acme Field Guide', itemCount: 2 });
    // The folder is taken off the paths, so links between the files still resolve.
    expect((await client.library.item({ id: 'acme-discovery' })).sections.find((s) => s.type === 'lesson')?.html).toContain('href');
    const error = await refusal(client.packs.import({ files: [{ path: 'a/x.md', content: discovery }, { path: 'b/y.md', content: review }] }));
    expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: ['title'], rule: 'is required when the files are not all in one folder' }] });
    const empty = await refusal(client.packs.import({ title: 'Just notes', files: [{ path: 'README.md', content: '# Hello' }] }));
    expect(empty.message).toMatch(/holds no items/);
  });
});

describe('library packs across restarts', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  const open: Core[] = [];
  const now = () => new Date('2025-03-10T09:00:00Z');
  const start = async (dataDir: string, contentDir = bundledContentDir()) => {
    const core = await createCore({ dataDir, contentDir, now });
    open.push(core);
    return { core, client: inProcessClient(core.handlers) };
  };
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(async () => {
    for (const core of open.splice(0)) core.close();
    await temp.cleanup();
  });

  it('travel in a backup and come back with a restore', async () => {
    const home = await start(path.join(temp.dir, 'home'));
    const { pack } = await home.client.packs.import({ title: 'Acme playbook', files: acmePack });
    const backup = await home.client.backup.create({});
    expect(backup.rows).toMatchObject({ library_packs: 1, library_pack_files: 3 });
    home.core.close();

    const laptopDir = path.join(temp.dir, 'laptop');
    await restoreBackup(path.join(backupsFolder(path.join(temp.dir, 'home')), backup.name), laptopDir, { appVersion: '9.9.9', now: now() });
    const laptop = await start(laptopDir);
    expect(await laptop.client.packs.list({})).toEqual([pack]);
    expect((await laptop.client.library.item({ id: 'acme-deal-review' })).pack).toEqual({ id: 'acme-playbook', title: 'Acme playbook' });
    expect((await laptop.client.search.query({ q: 'zorblax' })).hits.map((h) => h.id)).toEqual(['acme-quantify-the-pain', 'acme-discovery']);
  });

  it('says so when a later bundled library uses an id of an installed pack, and shows the bundled item', async () => {
    const contentDir = path.join(temp.dir, 'content');
    await writeFiles(contentDir, { 'field-notes.md': itemFile({ title: 'Field notes', lessons: [{ id: 'field-lesson', title: 'Field lesson' }] }) });
    const dataDir = path.join(temp.dir, 'data');
    const first = await start(dataDir, contentDir);
    await first.client.packs.import({ title: 'Acme playbook', files: acmePack });
    first.core.close();

    // An update of the app brings a bundled item with the id one of the pack's items has.
    await writeFiles(contentDir, { 'acme-deal-review.md': itemFile({ title: 'Bundled deal reviews', lessons: [{ id: 'bundled-review', title: 'Bundled review' }] }) });
    const later = await start(dataDir, contentDir);
    expect((await later.client.library.item({ id: 'acme-deal-review' })).title).toBe('Bundled deal reviews');
    expect((await later.client.app.info({})).contentProblems).toEqual([
      { file: 'acme-deal-review.md', line: 1, message: 'item id "acme-deal-review" is already used by the bundled library (acme-deal-review.md); rename the file (in the installed pack "Acme playbook")' },
    ]);
    expect((await later.client.packs.list({}))[0]).toMatchObject({ itemCount: 1, lessonCount: 1 });
  });
});
