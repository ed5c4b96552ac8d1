// `fulcrum import` of zips and content packs, and `fulcrum packs`, in-process through main() on
// real data folders: what is printed, the exit codes, and that a refused import leaves nothing.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fulcrumIn as fulcrum } from '../../test/support/cli';
import { itemFile, makeTempDir, writeFiles } from '../../test/support/tempDirs';
import type { JournalEntry, LibraryPack } from '../shared/contract';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

const at = (...parts: string[]) => path.join(temp.dir, ...parts);

async function writeZip(file: string, entries: Record<string, string>): Promise<string> {
  await writeFile(file, zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)]))));
  return file;
}

const acme = {
  'acme-discovery.md': itemFile({ title: 'Discovery calls at Acme', lessons: [{ id: 'acme-quantify-the-pain', title: 'Quantify the pain', mode: 'ask', body: 'Ask what the zorblax problem costs.' }] }),
  'acme-deal-review.md': itemFile({ title: 'Deal reviews at Acme', lessons: [{ id: 'acme-review-cadence', title: 'Review every Friday' }] }),
};

describe('fulcrum import of a zip of notes', () => {
  it('brings the notes of an exported vault in as journal entries, skipping its app folders', async () => {
    const zip = await writeZip(at('vault.zip'), {
      'Vault/.obsidian/workspace.md': 'app data',
      '__MACOSX/Vault/._ideas.md': 'resource fork',
      'Vault/Daily/2025-03-07.md': '# Ride-along\n\nWith the team.',
      'Vault/ideas.md': '---\ntitle: Q3 ideas\n---\nAsk first.',
    });
    const result = await fulcrum(at('data'), 'import', zip);
    expect(result, result.stderr).toMatchObject({ code: 0, stdout: `Imported 2 notes from ${zip} as journal entries\n` });
    const entries = JSON.parse((await fulcrum(at('data'), 'journal', 'list', '--json')).stdout) as JournalEntry[];
    expect(entries.map((e) => `${e.date} ${e.title}`).sort()).toEqual(['2025-03-07 Ride-along', expect.stringMatching(/ Q3 ideas$/)]);
  });

  it('refuses hostile and broken zips in plain words, importing nothing', async () => {
    const evil = await writeZip(at('evil.zip'), { 'ok.md': 'fine', '../../outside.md': 'climbs out' });
    expect(await fulcrum(at('data'), 'import', evil)).toMatchObject({
      code: 1,
      stderr: 'fulcrum: evil.zip holds files whose names point outside the zip: "../../outside.md" (a ".." step out of its folder); Fulcrum does not open such zips. Nothing was imported.\n',
    });
    await writeFile(at('notes.zip'), '# a note, not a zip');
    expect((await fulcrum(at('data'), 'import', at('notes.zip'))).stderr).toMatch(/^fulcrum: notes\.zip is not a zip file, or it is damaged/);
    await writeFile(at('picture.png'), 'png');
    expect((await fulcrum(at('data'), 'import', at('picture.png'))).stderr).toMatch(/is not a folder, a \.zip or a Markdown file/);
    expect((await fulcrum(at('data'), 'journal', 'list', '--json')).stdout).toBe('[]\n');
  });
});

describe('fulcrum import --as pack and fulcrum packs', () => {
  it('installs a pack from a folder, refuses it again unless --replace, and removes it', async () => {
    const folder = at('acme');
    await writeFiles(folder, { ...acme, 'README.md': '# Acme playbook' });
    const data = at('data');

    const installed = await fulcrum(data, 'import', folder, '--as', 'pack', '--title', 'Acme playbook');
    expect(installed, installed.stderr).toMatchObject({ code: 0, stdout: `Installed the library pack "Acme playbook" (acme-playbook): 2 items, 2 lessons from ${folder}\n` });
    expect(JSON.parse((await fulcrum(data, 'search', 'zorblax', '--json')).stdout)).toEqual([
      expect.objectContaining({ id: 'acme-quantify-the-pain', kind: 'lesson' }),
      expect.objectContaining({ id: 'acme-discovery', kind: 'article' }),
    ]);
    expect((await fulcrum(data, 'show', 'acme-review-cadence')).stdout).toMatch(/Review every Friday/);
    expect((await fulcrum(data, 'packs')).stdout).toBe('acme-playbook  Acme playbook  (2 items, 2 lessons; imported ' + new Date().toISOString().slice(0, 10) + ')\n');

    const again = await fulcrum(data, 'import', folder, '--as', 'pack', '--title', 'Acme playbook');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^fulcrum: A pack called "Acme playbook" \(acme-playbook\) is already installed, imported \d{4}-\d{2}-\d{2}\. Nothing was changed: replace it, or give this one another title\. \(--replace, or --title T\)\n$/);
    await writeFiles(folder, { 'acme-deal-review.md': itemFile({ title: 'Deal reviews, revised', lessons: [{ id: 'acme-review-cadence', title: 'Review every Friday' }] }) });
    const replaced = await fulcrum(data, 'import', folder, '--as', 'pack', '--title', 'Acme playbook', '--replace', '--json');
    expect(JSON.parse(replaced.stdout)).toMatchObject({ replaced: true, pack: { id: 'acme-playbook', itemCount: 2 } });
    expect((await fulcrum(data, 'show', 'acme-deal-review', '--json')).stdout).toMatch(/Deal reviews, revised/);

    const removed = await fulcrum(data, 'packs', 'remove', 'acme-playbook');
    expect(removed.stdout).toBe('Removed the library pack "Acme playbook" (acme-playbook): 2 items, 2 lessons. Journal entries, actions and briefs that link its lessons keep those links.\n');
    expect((await fulcrum(data, 'packs')).stdout).toMatch(/^No library packs installed/);
    expect(JSON.parse((await fulcrum(data, 'search', 'zorblax', '--json')).stdout)).toEqual([]);
    expect(await fulcrum(data, 'packs', 'remove', 'acme-playbook')).toMatchObject({ code: 1, stderr: expect.stringMatching(/No pack called "acme-playbook" is installed/) });
    expect((await fulcrum(data, 'packs', 'remove')).code).toBe(2);
  });

  it('installs a zipped pack named after the zip, and prints every problem of a broken one as file:line: message', async () => {
    const data = at('data');
    const zip = await writeZip(at('acme-field-guide.zip'), Object.fromEntries(Object.entries(acme).map(([name, text]) => [`Acme/${name}`, text])));
    expect((await fulcrum(data, 'import', zip, '--as', 'pack')).stdout).toMatch(/^Installed the library pack "acme-field-guide" \(acme-field-guide\): 2 items, 2 lessons/);

    await mkdir(at('broken'));
    await writeFiles(at('broken'), { 'broken.md': itemFile().replace('kind: article', 'kind: podcast'), 'copy.md': itemFile({ lessons: [{ id: 'three-confirmations', title: 'Mine' }] }) });
    const refused = await fulcrum(data, 'import', at('broken'), '--as', 'pack');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('fulcrum: The pack "broken" was not imported: 2 problems to fix first (each as file:line: message). Nothing was saved.\n');
    expect(refused.stdout.split('\n')).toEqual([
      'broken.md:2: kind must be one of: episode, article',
      `copy.md:${itemFile({ lessons: [{ id: 'three-confirmations', title: 'Mine' }] }).split('\n').indexOf('  - id: three-confirmations') + 1}: lesson id "three-confirmations" is already used by the bundled library (meet-the-sales-experts-phil-harris.md); choose another id`,
      '',
    ]);
    expect((JSON.parse((await fulcrum(data, 'packs', '--json')).stdout) as LibraryPack[]).map((p) => p.id)).toEqual(['acme-field-guide']);
    expect(await fulcrum(data, 'import', at('broken'), '--as', 'pack', '--title', 'x'.repeat(201))).toMatchObject({ code: 2, stderr: expect.stringMatching(/^fulcrum: --title must be at most 200 characters/) });
    expect(await fulcrum(data, 'import', zip, '--title', 'Notes')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--title and --replace are for --as pack/) });
  });
});
