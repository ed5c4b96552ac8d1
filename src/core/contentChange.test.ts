// A content update may remove a lesson that actions and entries link to. Nothing is deleted, and
// those records stay editable; only new links must point at lessons that exist.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from './createCore';
import { inProcessClient } from './inProcessClient';
import { itemFile, makeTempDir, writeFiles } from '../../test/support/tempDirs';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let core: Core | undefined;
const contentDir = () => path.join(temp.dir, 'content');
const start = () => createCore({ dataDir: path.join(temp.dir, 'data'), contentDir: contentDir(), now: () => new Date('2025-03-10T09:00:00') });

beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(async () => {
  core?.close();
  await temp.cleanup();
});

describe('when a linked lesson leaves the library', () => {
  it('keeps actions and entries, and lets them be edited', async () => {
    const lessons = [
      { id: 'kept-lesson', title: 'Kept lesson', mode: 'ask' },
      { id: 'gone-lesson', title: 'Gone lesson', mode: 'ask' },
    ];
    await writeFiles(contentDir(), { 'item.md': itemFile({ lessons }) });
    core = await start();
    let client = inProcessClient(core.handlers);
    const dana = await client.people.create({ name: 'Dana', relation: 'salesperson' });
    const ask = await client.actions.create({ kind: 'ask', personId: dana.id, text: 'Update the CRM', lessonIds: ['gone-lesson'] });
    const entry = await client.journal.create({ date: '2025-03-10', body: 'Tried it.', lessonIds: ['gone-lesson'] });
    core.close();

    await writeFiles(contentDir(), { 'item.md': itemFile({ lessons: [lessons[0]!] }) });
    core = await start();
    client = inProcessClient(core.handlers);
    expect((await client.actions.get({ id: ask.id })).action.lessonIds).toEqual(['gone-lesson']);
    expect(await client.actions.update({ id: ask.id, notes: 'Still on it', lessonIds: ['gone-lesson'] })).toMatchObject({ notes: 'Still on it', lessonIds: ['gone-lesson'] });
    expect(await client.journal.update({ ...entry, body: 'Tried it again.' })).toMatchObject({ lessonIds: ['gone-lesson'] });
    await expect(client.actions.update({ id: ask.id, lessonIds: ['gone-lesson', 'never-was'] })).rejects.toThrow(/No lesson is called "never-was"/);
    await expect(client.journal.create({ date: '2025-03-10', body: 'x', lessonIds: ['gone-lesson'] })).rejects.toThrow(/No lesson is called "gone-lesson"/);
  });
});
