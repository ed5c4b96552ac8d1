// `fulcrum backup`, `fulcrum restore` and `fulcrum import`, in-process through main() on real data folders.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDirs';
import type { JournalEntry } from '../shared/contract';
import { fulcrumIn } from '../../test/support/cli';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

const fulcrum = fulcrumIn;

describe('fulcrum backup and restore', () => {
  it('backs up, restores into another folder, and refuses a file that is not a backup', async () => {
    const home = path.join(temp.dir, 'home');
    const laptop = path.join(temp.dir, 'laptop');
    await fulcrum(home, 'person', 'add', '--name', 'Dana Whitfield', '--relation', 'salesperson');
    await fulcrum(home, 'journal', 'add', '--text', 'Asked Dana for the CRM cleanup', '--date', '2025-03-09');
    const out = path.join(temp.dir, 'copy.fulcrum-backup');

    const backup = await fulcrum(home, 'backup', '--out', out);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toBe(`Backed up 1 person, 0 actions, 1 journal entry to ${out}\n`);
    const again = await fulcrum(home, 'backup', '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already exists; choose another --out, or add --force/);

    const restored = await fulcrum(laptop, 'restore', out);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(new RegExp(`^Restored 1 person, 0 actions, 1 journal entry from ${out.replace(/[.]/g, '\\.')} \\(made .+\\) into ${laptop.replace(/[.]/g, '\\.')}\\.\\n`));
    const entries = JSON.parse((await fulcrum(laptop, 'journal', 'list', '--json')).stdout) as JournalEntry[];
    expect(entries.map((e) => e.body)).toEqual(['Asked Dana for the CRM cleanup']);

    // Restoring over a journal keeps the one it replaces.
    await fulcrum(laptop, 'journal', 'add', '--text', 'Written on the laptop', '--date', '2025-03-10');
    const over = await fulcrum(laptop, 'restore', out);
    expect(over.stdout).toMatch(/What it replaced was kept: .*before-restore-.*\.fulcrum-backup/);
    expect((JSON.parse((await fulcrum(laptop, 'journal', 'list', '--json')).stdout) as JournalEntry[]).map((e) => e.body)).toEqual(['Asked Dana for the CRM cleanup']);

    const notes = path.join(temp.dir, 'notes.md');
    await writeFile(notes, '# Not a backup');
    const refused = await fulcrum(laptop, 'restore', notes);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('fulcrum: notes.md is not a Fulcrum backup (it is not even a database file). Nothing was changed.\n');
    expect(await readFile(notes, 'utf8')).toBe('# Not a backup');
    expect((await fulcrum(laptop, 'restore')).stderr).toMatch(/restore needs the backup file/);
  });
});

describe('fulcrum import', () => {
  it('brings a folder of notes in as journal entries, skipping hidden folders', async () => {
    const { mkdir } = await import('node:fs/promises');
    const vault = path.join(temp.dir, 'vault');
    await mkdir(path.join(vault, '.obsidian'), { recursive: true });
    await mkdir(path.join(vault, 'Daily'), { recursive: true });
    await writeFile(path.join(vault, '.obsidian', 'workspace.md'), 'not a note');
    await writeFile(path.join(vault, 'Daily', '2025-03-07.md'), '# Ride-along\n\nWith the team.');
    await writeFile(path.join(vault, 'ideas.md'), '---\ntitle: Q3 ideas\n---\nAsk first.');
    await writeFile(path.join(vault, 'picture.png'), 'binary');
    const data = path.join(temp.dir, 'data');
    const result = await fulcrum(data, 'import', vault);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`Imported 2 notes from ${vault} as journal entries\n`);
    const entries = JSON.parse((await fulcrum(data, 'journal', 'list', '--json')).stdout) as JournalEntry[];
    expect(entries.map((e) => e.title).sort()).toEqual(['Q3 ideas', 'Ride-along']);
    expect((await fulcrum(data, 'import', path.join(temp.dir, 'nowhere'))).code).toBe(1);
    expect(await fulcrum(data, 'import', vault, '--as', 'notes')).toMatchObject({ code: 2, stderr: 'fulcrum: --as must be journal or pack, not "notes"\n' });
  });
});
