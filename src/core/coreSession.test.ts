// The session a running app holds, on real data folders: a restore swaps the journal while the app
// runs (calls made meanwhile wait, search follows), a bad file changes nothing, and a journal found
// empty or damaged opens in recovery, from which a backup or a fresh start brings the app back.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/support/tempDirs';
import type { FulcrumClient } from '../shared/client';
import { openCoreSession, type CoreSession } from './coreSession';
import { inProcessClient } from './inProcessClient';
import { bundledContentDir } from './paths';
import { journalFileName } from './storage/database';
import { backupsFolder } from './backup/backups';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let clock = new Date('2025-03-10T09:30:00Z');
const sessions: CoreSession[] = [];

beforeEach(async () => {
  temp = await makeTempDir();
  clock = new Date('2025-03-10T09:30:00Z');
});
afterEach(async () => {
  for (const session of sessions.splice(0)) await session.close();
  await temp.cleanup();
});

async function sessionAt(dataDir: string): Promise<{ session: CoreSession; client: FulcrumClient }> {
  const session = await openCoreSession({ dataDir, contentDir: bundledContentDir(), now: () => clock, version: '9.9.9' });
  sessions.push(session);
  return { session, client: inProcessClient(session.handlers) };
}

const titles = async (client: FulcrumClient) => (await client.journal.list({})).map((entry) => entry.title).sort();

describe('restoring while the app runs', () => {
  it('swaps in the backup, keeps what it replaced, and search follows', async () => {
    const dataDir = path.join(temp.dir, 'data');
    const { client } = await sessionAt(dataDir);
    await client.journal.create({ date: '2025-03-09', title: 'Kept in the backup', body: 'Pipeline zorbleplank review.' });
    const backup = await client.backup.create();
    clock = new Date('2025-03-10T10:00:00Z');
    await client.journal.create({ date: '2025-03-10', title: 'Written after', body: 'Quillifant notes.' });
    expect((await client.search.query({ q: 'quillifant' })).hits).toHaveLength(1);

    // Calls made meanwhile never reach a closed journal: each sees the journal before or after.
    const [outcome, ...during] = await Promise.all([client.restore.backup({ name: backup.name }), ...Array.from({ length: 20 }, () => titles(client))]);
    for (const seen of during) expect([['Kept in the backup'], ['Kept in the backup', 'Written after']]).toContainEqual(seen);
    expect(outcome).toMatchObject({ restored: backup.name, rows: expect.objectContaining({ journal_entries: 1 }) });
    expect(outcome.keptAside).toMatch(/^before-restore-.*\.fulcrum-backup$/);
    expect(await titles(client)).toEqual(['Kept in the backup']);
    expect((await client.search.query({ q: 'quillifant' })).hits).toHaveLength(0);
    expect((await client.search.query({ q: 'zorbleplank' })).hits).toHaveLength(1);
    expect(await client.restore.status()).toEqual({ status: 'ok' });

    // What was replaced can itself be restored: nothing was lost.
    await client.restore.backup({ name: outcome.keptAside as string });
    expect(await titles(client)).toEqual(['Kept in the backup', 'Written after']);
  });

  it('restores a file sent from elsewhere, keeping it in the backups folder', async () => {
    const home = path.join(temp.dir, 'home');
    const { client: homeClient } = await sessionAt(home);
    await homeClient.journal.create({ date: '2025-03-09', title: 'From home', body: 'Notes.' });
    const made = await homeClient.backup.create();
    const content = (await readFile(path.join(backupsFolder(home), made.name))).toString('base64');

    const laptop = path.join(temp.dir, 'laptop');
    const { client } = await sessionAt(laptop);
    const outcome = await client.restore.upload({ fileName: 'home.fulcrum-backup', content });
    expect(await titles(client)).toEqual(['From home']);
    expect((await client.backup.list()).map((b) => b.name)).toContain(outcome.restored);
  });

  it('refuses a file that is not a backup, an unknown name, and changes nothing', async () => {
    const dataDir = path.join(temp.dir, 'data');
    const { client } = await sessionAt(dataDir);
    await client.journal.create({ date: '2025-03-09', title: 'Still here', body: 'Notes.' });
    await expect(client.restore.upload({ fileName: 'holiday.jpg', content: Buffer.from('not a database at all').toString('base64') })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(/^holiday\.jpg: /),
    });
    await expect(client.restore.backup({ name: '../fulcrum.sqlite' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(client.restore.startOver()).rejects.toMatchObject({ code: 'conflict' });
    expect(await titles(client)).toEqual(['Still here']);
    expect(await readdir(backupsFolder(dataDir)).catch(() => [])).toEqual([]);
  });
});

describe('a journal that cannot be used at start', () => {
  it('opens in recovery, offers the latest good backup, and restoring it brings everything back', async () => {
    const dataDir = path.join(temp.dir, 'data');
    const first = await sessionAt(dataDir);
    await first.client.journal.create({ date: '2025-03-09', title: 'Precious', body: 'Notes.' });
    const made = await first.client.backup.create();
    await first.session.close();
    await writeFile(path.join(dataDir, journalFileName), ''); // emptied by a sync tool, say

    const { client } = await sessionAt(dataDir);
    const status = await client.restore.status();
    expect(status).toMatchObject({ status: 'unusable', problem: expect.stringContaining('is empty (0 bytes)'), latestGoodBackup: { name: made.name } });
    await expect(client.journal.list({})).rejects.toMatchObject({ code: 'unavailable', message: expect.stringContaining('Restore a backup or start over') });
    expect((await client.app.info()).lessonCount).toBeGreaterThan(0);
    expect((await client.backup.list()).map((b) => b.name)).toEqual([made.name]);

    const outcome = await client.restore.backup({ name: made.name });
    expect(outcome.keptAside).toMatch(/fulcrum\.sqlite\.empty-/);
    expect((await stat(outcome.keptAside as string)).size).toBe(0);
    expect(await client.restore.status()).toEqual({ status: 'ok' });
    expect(await titles(client)).toEqual(['Precious']);
  });

  it('starts over with an empty journal when asked, keeping the damaged file aside', async () => {
    const dataDir = path.join(temp.dir, 'data');
    const first = await sessionAt(dataDir);
    await first.session.close();
    const damaged = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 7)]);
    await writeFile(path.join(dataDir, journalFileName), damaged);

    const { client } = await sessionAt(dataDir);
    expect(await client.restore.status()).toMatchObject({ status: 'unusable', latestGoodBackup: null });
    const { keptAside } = await client.restore.startOver();
    expect(await readFile(keptAside)).toEqual(damaged);
    expect(await client.restore.status()).toEqual({ status: 'ok' });
    await client.journal.create({ date: '2025-03-10', title: 'Fresh', body: 'A new start.' });
    expect(await titles(client)).toEqual(['Fresh']);
  });
});
