import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/tempDirs';
import { openDatabase } from '../storage/database';
import { Storage } from '../storage/storage';
import { JournalStore } from './journalStore';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

const clock = (iso: string) => () => new Date(iso);

describe('JournalStore', () => {
  it('opens SQLite in WAL mode with foreign keys on', () => {
    const db = openDatabase(path.join(temp.dir, 'nested', 'j.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('creates, lists, updates and deletes entries with their lesson links', () => {
    const db = openDatabase(path.join(temp.dir, 'j.sqlite'));
    const store = new JournalStore(new Storage(db), clock('2024-05-02T10:00:00.000Z'));
    const older = store.create({ date: '2024-05-01', title: 'Older', body: 'first', lessonIds: ['b-lesson', 'a-lesson'] });
    const newer = store.create({ date: '2024-05-03', title: 'Newer', body: 'second', lessonIds: ['a-lesson'] });
    expect(older).toMatchObject({ date: '2024-05-01', lessonIds: ['b-lesson', 'a-lesson'], createdAt: '2024-05-02T10:00:00.000Z' });
    expect(store.list({ limit: 10 }).map((e) => e.title)).toEqual(['Newer', 'Older']);
    expect(store.list({ lessonId: 'b-lesson', limit: 10 }).map((e) => e.id)).toEqual([older.id]);

    const edited = new JournalStore(new Storage(db), clock('2024-06-01T00:00:00.000Z')).update(older.id, { date: '2024-05-01', title: 'Older', body: 'changed', lessonIds: ['c-lesson'] });
    expect(edited).toMatchObject({ body: 'changed', lessonIds: ['c-lesson'], updatedAt: '2024-06-01T00:00:00.000Z', createdAt: '2024-05-02T10:00:00.000Z' });
    expect(store.list({ lessonId: 'b-lesson', limit: 10 })).toEqual([]);

    expect(store.delete(newer.id).title).toBe('Newer');
    expect(store.find(newer.id)).toBeUndefined();
    expect(() => store.delete(newer.id)).toThrow(/no longer exists/);
    expect(() => store.update(newer.id, { date: '2024-05-01', title: '', body: 'x', lessonIds: [] })).toThrow(/could not be saved/);
    db.close();
  });

  it('bins a deleted entry, restores it with the same id and links, and purges old bins', () => {
    const db = openDatabase(path.join(temp.dir, 'j.sqlite'));
    let now = '2024-05-02T10:00:00.000Z';
    const store = new JournalStore(new Storage(db), () => new Date(now));
    const entry = store.create({ date: '2024-05-01', title: 'Kept', body: 'text', lessonIds: ['a-lesson'] });
    const other = store.create({ date: '2024-05-01', title: 'Other', body: 'text', lessonIds: [] });
    store.delete(entry.id);
    expect(store.list({ limit: 10 }).map((e) => e.id)).toEqual([other.id]);
    expect(store.list({ lessonId: 'a-lesson', limit: 10 })).toEqual([]);
    expect([...store.pages(100)].flat().map((e) => e.id)).toEqual([other.id]);
    expect(store.count()).toBe(1);
    expect(() => store.update(entry.id, { date: '2024-05-01', title: '', body: 'x', lessonIds: [] })).toThrow(/could not be saved/);

    expect(store.restore(entry.id)).toEqual(entry);
    expect(store.list({ lessonId: 'a-lesson', limit: 10 }).map((e) => e.id)).toEqual([entry.id]);
    expect(() => store.restore(entry.id)).toThrow(/not deleted/);

    store.delete(entry.id);
    now = '2024-05-03T10:00:00.000Z';
    store.delete(other.id);
    expect(store.purgeBinnedBefore(new Date('2024-05-03T00:00:00.000Z'))).toBe(1);
    expect(() => store.restore(entry.id)).toThrow(/no longer in the bin/);
    expect(store.restore(other.id).id).toBe(other.id);
    expect(db.prepare('SELECT count(*) AS n FROM entry_lessons').get()).toEqual({ n: 0 });
    db.close();
  });

  it('keeps entries across a reopen of the file', () => {
    const file = path.join(temp.dir, 'j.sqlite');
    const first = openDatabase(file);
    const id = new JournalStore(new Storage(first), () => new Date()).create({ date: '2024-05-01', title: '', body: 'kept', lessonIds: ['x-y'] }).id;
    first.close();
    const second = openDatabase(file);
    expect(new JournalStore(new Storage(second), () => new Date()).get(id)).toMatchObject({ body: 'kept', lessonIds: ['x-y'] });
    second.close();
  });
});
