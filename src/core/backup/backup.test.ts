// Backups on real SQLite files: a restore reproduces the journal exactly, anything damaged, cut
// short, foreign or newer is refused without touching current data, daily backups keep 14 days,
// and a journal found empty at start is never silently replaced.
import { copyFile, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/tempDirs';
import { linkMarkdown } from '../../shared/inlineLinks';
import { createCore, type Core } from '../createCore';
import { inProcessClient } from '../inProcessClient';
import { bundledContentDir } from '../paths';
import { journalFileName } from '../storage/database';
import { canonicalContent, readBackup, writeBackup } from './backupFile';
import { backupsFolder, dailyBackup, keptDailyBackups, listBackups, restoreBackup } from './backups';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
const now = new Date('2025-03-10T09:30:00');
const options = { appVersion: '9.9.9', now };
const open: Core[] = [];
/** How a backup's file name writes a time (in UTC, whatever the machine's time zone). */
const stampOf = (at: Date) => at.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');

beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(async () => {
  for (const core of open.splice(0)) core.close();
  await temp.cleanup();
});

async function coreAt(dataDir: string, more: Partial<Parameters<typeof createCore>[0]> = {}): Promise<Core> {
  const core = await createCore({ dataDir, contentDir: bundledContentDir(), now: () => now, ...more });
  open.push(core);
  return core;
}

/** A journal with something of every kind in it. */
async function fillJournal(core: Core): Promise<void> {
  const client = inProcessClient(core.handlers);
  const dana = await client.people.create({ name: 'Dana Whitfield', relation: 'salesperson', role: 'AE', notes: 'Prefers mornings' });
  const ask = await client.actions.create({ kind: 'ask', personId: dana.id, text: 'Update the close dates', date: '2025-03-01', lessonIds: ['three-confirmations'], confirmations: { how: 'Tuesday block', when: '2025-03-03', help: 'A walkthrough' } });
  await client.actions.escalate({ id: ask.id, dueDate: '2025-03-14' });
  await client.actions.create({ kind: 'share', personId: dana.id, text: 'My forecast checklist', category: 'expertise' });
  const entry = await client.journal.create({ date: '2025-03-09', title: '1:1 ✓ ünïcode', body: `With ${linkMarkdown('person', dana.id, 'Dana')}.`, lessonIds: ['crm-compliance'] });
  await client.journal.delete({ id: entry.id }); // the bin travels too
  await client.journal.create({ date: '2025-03-10', body: 'Second entry' });
  await client.settings.updateCoaching({ askTarget: 0.7, ladder: ['Talk', 'Plan', 'Write', 'Act'] });
  await client.reminders.check({ record: true });
}

function contentOf(file: string): string {
  const db = new BetterSqlite3(file, { readonly: true });
  try {
    return canonicalContent(db).checksum;
  } finally {
    db.close();
  }
}

describe('backup and restore', () => {
  it('restores into an empty folder exactly: backing the restored journal up again gives the same content', async () => {
    const source = await coreAt(path.join(temp.dir, 'source'));
    await fillJournal(source);
    const made = await inProcessClient(source.handlers).backup.create();
    expect(made).toMatchObject({ kind: 'manual', name: `manual-${stampOf(now)}.fulcrum-backup` });
    expect(made.rows).toMatchObject({ people: 1, coaching_actions: 3, journal_entries: 2 });
    const file = path.join(backupsFolder(path.join(temp.dir, 'source')), made.name);

    const target = path.join(temp.dir, 'elsewhere');
    const result = await restoreBackup(file, target, options);
    expect(result.keptAside).toBeNull();
    expect(contentOf(path.join(target, journalFileName))).toBe(contentOf(path.join(temp.dir, 'source', journalFileName)));

    const restored = await coreAt(target);
    const again = await inProcessClient(restored.handlers).backup.create();
    const second = await readBackup(path.join(backupsFolder(target), again.name));
    expect(second.checksum).toBe((await readBackup(file)).checksum);
    const client = inProcessClient(restored.handlers);
    expect((await client.people.list({})).map((p) => p.name)).toEqual(['Dana Whitfield']);
    expect((await client.actions.list({})).map((a) => `${a.kind}/${a.status}`).sort()).toEqual(['ask/escalated', 'mandate/open', 'share/done']);
    expect((await client.settings.coaching()).ladder.map((s) => s.name)).toEqual(['Talk', 'Plan', 'Write', 'Act']);
    expect((await client.search.query({ q: 'second', kinds: ['journal'] })).hits).toHaveLength(1);
  });

  it('keeps the journal it replaces as a backup of its own, so a restore loses nothing either', async () => {
    const dir = path.join(temp.dir, 'data');
    const first = await coreAt(dir);
    await inProcessClient(first.handlers).journal.create({ date: '2025-03-01', body: 'Before the backup' });
    const made = await inProcessClient(first.handlers).backup.create();
    await inProcessClient(first.handlers).journal.create({ date: '2025-03-02', body: 'After the backup' });
    const before = contentOf(path.join(dir, journalFileName));
    first.close();
    open.length = 0;

    const later = new Date('2025-03-11T10:00:00');
    const result = await restoreBackup(path.join(backupsFolder(dir), made.name), dir, { ...options, now: later });
    expect(path.basename(result.keptAside ?? '')).toBe(`before-restore-${stampOf(later)}.fulcrum-backup`);
    expect((await readBackup(result.keptAside as string)).checksum).toBe(before);
    const client = inProcessClient((await coreAt(dir)).handlers);
    expect((await client.journal.list({})).map((e) => e.body)).toEqual(['Before the backup']);
  });

  it('never replaces a backup made in the same second, even the one being restored', async () => {
    const dir = path.join(temp.dir, 'data');
    const client = inProcessClient((await coreAt(dir)).handlers);
    await client.journal.create({ date: '2025-03-01', body: 'First' });
    const first = await client.backup.create();
    await client.journal.create({ date: '2025-03-02', body: 'Second' });
    const second = await client.backup.create();
    expect(second.name).not.toBe(first.name);
    expect((await listBackups(dir)).map((b) => b.name).sort()).toEqual([first.name, second.name].sort());
    expect((await readBackup(path.join(backupsFolder(dir), first.name))).rows.journal_entries).toBe(1);
  });

  it('refuses a damaged, cut short, foreign or newer file in plain words, and leaves the current journal as it was', async () => {
    const dir = path.join(temp.dir, 'data');
    const core = await coreAt(dir);
    await fillJournal(core);
    const good = path.join(backupsFolder(dir), (await inProcessClient(core.handlers).backup.create()).name);
    core.close();
    open.length = 0;
    const journal = path.join(dir, journalFileName);
    const before = contentOf(journal);
    const bad = (name: string) => path.join(temp.dir, name);

    const bytes = await readFile(good);
    const flipped = Buffer.from(bytes);
    // Change one byte inside a row's text (after the header and schema pages), keeping the file readable.
    const at = flipped.indexOf(Buffer.from('Prefers mornings'));
    flipped[at] = 'p'.charCodeAt(0);
    await writeFile(bad('flipped.fulcrum-backup'), flipped);
    await copyFile(good, bad('cut.fulcrum-backup'));
    await truncate(bad('cut.fulcrum-backup'), Math.floor(bytes.length / 2));
    await writeFile(bad('notes.fulcrum-backup'), '# My notes\n\nNot a database.');
    await writeFile(bad('empty.fulcrum-backup'), '');
    const foreign = new BetterSqlite3(bad('foreign.fulcrum-backup'));
    foreign.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    foreign.close();
    await copyFile(good, bad('newer.fulcrum-backup'));
    const newer = new BetterSqlite3(bad('newer.fulcrum-backup'));
    newer.prepare("UPDATE fulcrum_backup SET value = '99' WHERE key = 'format_version'").run();
    newer.close();

    const refusals: Array<[string, RegExp]> = [
      ['flipped.fulcrum-backup', /flipped\.fulcrum-backup is damaged \(its content does not match its checksum\)/],
      ['cut.fulcrum-backup', /cut\.fulcrum-backup is damaged/],
      ['notes.fulcrum-backup', /notes\.fulcrum-backup is not a Fulcrum backup \(it is not even a database file\)/],
      ['empty.fulcrum-backup', /empty\.fulcrum-backup is empty \(0 bytes\)/],
      ['foreign.fulcrum-backup', /foreign\.fulcrum-backup is a database, but not a Fulcrum backup/],
      ['newer.fulcrum-backup', /newer\.fulcrum-backup was made by a newer version of Fulcrum \(backup format 99.*Update Fulcrum/],
      ['missing.fulcrum-backup', /There is no backup file at/],
    ];
    for (const [name, says] of refusals) {
      await expect(restoreBackup(bad(name), dir, options), name).rejects.toThrow(says);
      expect(contentOf(journal), `${name} left the journal as it was`).toBe(before);
    }
    expect((await listBackups(dir)).map((b) => b.kind)).toEqual(['manual']);
  });
});

describe('daily backups', () => {
  it('makes one at the first start of each day and keeps the last 14', async () => {
    const dir = path.join(temp.dir, 'data');
    const core = await coreAt(dir);
    await fillJournal(core);
    const db = new BetterSqlite3(path.join(dir, journalFileName));
    try {
      for (let day = 1; day <= 20; day++) {
        const at = new Date(2025, 2, day, 9);
        expect(await dailyBackup(db, dir, { ...options, now: at }), `day ${day}`).not.toBeNull();
        expect(await dailyBackup(db, dir, { ...options, now: new Date(2025, 2, day, 17) }), `again on day ${day}`).toBeNull();
      }
    } finally {
      db.close();
    }
    const daily = (await listBackups(dir)).map((b) => b.name).sort();
    expect(daily).toHaveLength(keptDailyBackups);
    expect(daily[0]).toBe('auto-2025-03-07.fulcrum-backup');
    expect(daily.at(-1)).toBe('auto-2025-03-20.fulcrum-backup');
  });

  it('is made by a core started with daily backups', async () => {
    const dir = path.join(temp.dir, 'data');
    await coreAt(dir, { backups: 'daily' });
    await expect.poll(async () => (await listBackups(dir)).map((b) => b.name)).toEqual(['auto-2025-03-10.fulcrum-backup']);
  });
});

describe('a journal found empty at start', () => {
  it('is never silently replaced: the core refuses to start, names the latest good backup, and leaves the file', async () => {
    const dir = path.join(temp.dir, 'data');
    const core = await coreAt(dir);
    await fillJournal(core);
    const made = await inProcessClient(core.handlers).backup.create();
    core.close();
    open.length = 0;
    const journal = path.join(dir, journalFileName);
    await writeFile(journal, '');
    for (const suffix of ['-wal', '-shm']) await writeFile(`${journal}${suffix}`, '').catch(() => undefined);

    await expect(coreAt(dir)).rejects.toThrow(new RegExp(`is empty \\(0 bytes\\).*Fulcrum did not touch it\\. Your latest good backup is .*${made.name.replace(/\./g, '\\.')}.*npx fulcrum restore`));
    expect((await stat(journal)).size).toBe(0);

    const result = await restoreBackup(path.join(backupsFolder(dir), made.name), dir, options);
    expect(path.basename(result.keptAside ?? '')).toBe(`fulcrum.sqlite.empty-${stampOf(now)}`);
    expect((await stat(result.keptAside as string)).size).toBe(0);
    const client = inProcessClient((await coreAt(dir)).handlers);
    expect((await client.people.list({})).map((p) => p.name)).toEqual(['Dana Whitfield']);
  });

  it('says so when there is no backup to offer', async () => {
    const dir = path.join(temp.dir, 'data');
    await (await coreAt(dir)).close();
    open.length = 0;
    await writeFile(path.join(dir, journalFileName), '');
    await expect(coreAt(dir)).rejects.toThrow(/No backup was found in its backups folder\. Keep the file/);
  });
});

describe('writing a backup', () => {
  it('never leaves a partial file behind when it fails', async () => {
    const dir = path.join(temp.dir, 'data');
    const core = await coreAt(dir);
    await fillJournal(core);
    core.close();
    open.length = 0;
    const db = new BetterSqlite3(path.join(dir, journalFileName));
    try {
      await expect(writeBackup(db, path.join(temp.dir, 'no-such-folder', 'x.fulcrum-backup'), options)).rejects.toThrow();
    } finally {
      db.close();
    }
  });
});
