import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundledContentDir } from '../paths';
import { itemFile, makeTempDir, writeFiles } from '../../../test/support/tempDirs';
import { loadLibrary, readPack } from './loadLibrary';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

describe('readPack', () => {
  it('reports broken links and lesson ids used twice across files, and keeps the valid items', async () => {
    await writeFiles(temp.dir, {
      'alpha.md': itemFile({ title: 'Alpha', lessons: [{ id: 'shared-id', title: 'A', body: 'See [beta](./beta.md#beta-lesson) and [gone](./gone.md) and [x](./beta.md#nope).' }] }),
      'beta.md': itemFile({ title: 'Beta', lessons: [{ id: 'beta-lesson', title: 'B' }, { id: 'shared-id', title: 'Dup' }] }),
      'notes/README.md': '# not content',
    });
    const { items, problems } = await readPack(temp.dir);
    expect(items.map((i) => i.summary.id)).toEqual(['alpha', 'beta']);
    const alphaLinkLine = itemFile({ title: 'Alpha', lessons: [{ id: 'shared-id', title: 'A', body: '' }] }).split('\n').indexOf('## A {#shared-id}') + 3;
    expect(problems).toEqual(
      expect.arrayContaining([
        { file: 'beta.md', line: itemFile({ lessons: [{ id: 'beta-lesson', title: 'B' }, { id: 'shared-id', title: 'Dup' }] }).split('\n').indexOf('  - id: shared-id') + 1, message: 'lesson id "shared-id" is already used in alpha.md' },
        { file: 'alpha.md', line: alphaLinkLine, message: 'link points to "gone.md", which is not in the pack' },
        { file: 'alpha.md', line: alphaLinkLine, message: 'link points to lesson "#nope", which beta.md does not have' },
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('says so when the folder does not exist', async () => {
    const { problems } = await readPack(`${temp.dir}/missing`);
    expect(problems[0]?.message).toBe('the content folder does not exist');
  });
});

describe('the bundled content pack', () => {
  it('is valid and large enough', async () => {
    const { library, problems } = await loadLibrary(bundledContentDir());
    expect(problems).toEqual([]);
    expect(library.itemCount).toBeGreaterThanOrEqual(12);
    const items = [...library.items()].map((i) => i.summary);
    const episodes = items.filter((i) => i.kind === 'episode');
    const articles = items.filter((i) => i.kind === 'article');
    expect(articles.length).toBeGreaterThanOrEqual(11);
    for (const article of articles) {
      expect(article.author).toBe('Fulcrum editors');
      expect(article.guests).toEqual([]);
    }
    const source = episodes.find((e) => e.date === '2010-03-11');
    expect(source).toMatchObject({ show: 'Meet the Sales Experts', host: 'Dave Kurlan', guests: [{ name: 'Phil Harris', organisation: 'Akibia' }] });
    expect(source?.lessons.length).toBeGreaterThanOrEqual(5);
    const modes = new Map(source?.lessons.map((l) => [l.id, l.mode]));
    expect(modes.get('ask-is-the-default')).toBe('ask');
    expect(modes.get('three-confirmations')).toBe('ask');
    expect(modes.get('mandate-after-an-unanswered-ask')).toBe('mandate');
    expect(modes.get('share-without-strings')).toBe('share');
    expect(modes.has('same-balance-with-customers')).toBe(true);
    expect(modes.has('crm-compliance')).toBe(true);
  });
});
