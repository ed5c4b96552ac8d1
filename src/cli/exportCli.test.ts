// `fulcrum export` of several documents, in-process through main() on real data folders: a folder
// or a zip with an index and working relative links, nothing overwritten unasked, no partial files.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fulcrumIn } from '../../test/support/cli';
import { makeTempDir } from '../../test/support/tempDirs';
import { createCore } from '../core/createCore';
import { inProcessClient } from '../core/inProcessClient';
import { bundledContentDir } from '../core/paths';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dataDir: string;
beforeEach(async () => {
  temp = await makeTempDir();
  dataDir = path.join(temp.dir, 'data');
});
afterEach(() => temp.cleanup());

const lessons = ['climb-one-step-at-a-time', 'escalate-only-the-gap'];

describe('fulcrum export of several documents', () => {
  it('writes a folder with an index and relative links, and never writes into a folder that has files', async () => {
    const folder = path.join(temp.dir, 'ladder');
    const made = await fulcrumIn(dataDir, 'export', ...lessons, '--format', 'md', '--out', folder);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain(`Exported 2 documents and an index to ${folder}`);
    expect(made.stdout).toMatch(/Share: 2 documents/);
    expect(made.stderr).toMatch(/^Exporting 1 of 2: Climb the accountability ladder one step at a time\nExporting 2 of 2: Escalate only the gap.*\n$/);
    expect((await readdir(folder)).sort()).toEqual(['climb-one-step-at-a-time.md', 'escalate-only-the-gap.md', 'index.md']);
    expect(await readFile(path.join(folder, 'climb-one-step-at-a-time.md'), 'utf8')).toContain('](escalate-only-the-gap.md)');

    await writeFile(path.join(folder, 'climb-one-step-at-a-time.md'), 'my edits');
    const again = await fulcrumIn(dataDir, 'export', ...lessons, '--format', 'md', '--out', folder);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; choose another --out, or add --force/);
    expect(await readFile(path.join(folder, 'climb-one-step-at-a-time.md'), 'utf8')).toBe('my edits');

    await writeFile(path.join(folder, 'mine.txt'), 'kept');
    const forced = await fulcrumIn(dataDir, 'export', ...lessons, '--format', 'md', '--out', folder, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(await readFile(path.join(folder, 'climb-one-step-at-a-time.md'), 'utf8')).toContain('# Climb the accountability ladder');
    expect(await readFile(path.join(folder, 'mine.txt'), 'utf8')).toBe('kept');
    expect((await readdir(temp.dir)).filter((name) => name.endsWith('.part'))).toEqual([]);
  });

  it('writes the journal between two days as a zip, one file per entry', async () => {
    const core = await createCore({ dataDir, contentDir: bundledContentDir() });
    const client = inProcessClient(core.handlers);
    await client.journal.create({ date: '2025-03-01', title: 'First', body: 'One.' });
    await client.journal.create({ date: '2025-03-02', title: 'Second', body: 'Two.' });
    core.close();

    const zipFile = path.join(temp.dir, 'march.zip');
    const made = await fulcrumIn(dataDir, 'export', '--journal', '--from', '2025-03-01', '--to', '2025-03-31', '--format', 'html', '--out', zipFile);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/Archive: 2 journal entries from 2025-03-01 to 2025-03-31/);
    const files = unzipSync(new Uint8Array(await readFile(zipFile)));
    const names = Object.keys(files).filter((name) => !name.endsWith('/')).sort();
    expect(names).toEqual(['journal-2025-03-01-to-2025-03-31/index.html', 'journal-2025-03-01-to-2025-03-31/journal-2025-03-01-first.html', 'journal-2025-03-01-to-2025-03-31/journal-2025-03-02-second.html']);
    expect(strFromU8(files['journal-2025-03-01-to-2025-03-31/index.html'] as Uint8Array)).toContain('href="journal-2025-03-02-second.html"');

    const oneFile = path.join(temp.dir, 'march.md');
    const single = await fulcrumIn(dataDir, 'export', '--journal', '--from', '2025-03-01', '--to', '2025-03-31', '--format', 'md', '--out', oneFile);
    expect(single.code, single.stderr).toBe(0);
    expect(await readFile(oneFile, 'utf8')).toContain('# Journal, 2025-03-01 to 2025-03-31');
  });

  it('refuses one file for several documents, and unknown ids before writing anything', async () => {
    const wrong = await fulcrumIn(dataDir, 'export', ...lessons, '--format', 'md', '--out', path.join(temp.dir, 'both.md'));
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/several documents make a folder or a zip: give --out a folder or a \.zip file, not both\.md/);
    const unknown = await fulcrumIn(dataDir, 'export', 'three-confirmations', 'no-such-thing', '--format', 'md', '--out', path.join(temp.dir, 'never'));
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/nothing is called "no-such-thing"/);
    expect(await readdir(temp.dir)).toEqual(['data']);
  });
});

describe('stopping a long export', () => {
  it('stops on Ctrl+C and leaves no file, complete or partial', async () => {
    const core = await createCore({ dataDir, contentDir: bundledContentDir() });
    const client = inProcessClient(core.handlers);
    for (let day = 1; day <= 28; day += 1) {
      for (let n = 0; n < 12; n += 1) await client.journal.create({ date: `2025-02-${String(day).padStart(2, '0')}`, title: `Note ${n}`, body: 'A long enough note. '.repeat(40) });
    }
    core.close();
    const outDir = path.join(temp.dir, 'out');
    await mkdir(outDir);
    const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'fulcrum.js');
    const child = spawn(process.execPath, [bin, '--data-dir', dataDir, 'export', '--journal', '--from', '2025-02-01', '--to', '2025-02-28', '--format', 'pdf', '--out', path.join(outDir, 'february.zip')]);
    let stderr = '';
    let interrupted = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (!interrupted && stderr.includes('Exporting 3 of 336')) interrupted = child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(stderr).toContain('fulcrum: The export was stopped; no file was written.');
    expect(code).toBe(1);
    expect(await readdir(outDir)).toEqual([]);
  }, 120_000);
});
