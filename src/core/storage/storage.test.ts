import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/tempDirs';
import { openDatabase } from './database';
import { pagesById, Storage, type RecordChange } from './storage';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let storage: Storage;
let heard: RecordChange[][];

beforeEach(async () => {
  temp = await makeTempDir();
  storage = new Storage(openDatabase(path.join(temp.dir, 'j.sqlite')), () => {});
  heard = [];
  storage.onChanges((changes) => heard.push([...changes]));
});
afterEach(async () => {
  storage.close();
  await temp.cleanup();
});

describe('announced changes', () => {
  it('are heard at once outside a transaction', () => {
    storage.announce('person', 'p1', 'created');
    expect(heard).toEqual([[{ kind: 'person', id: 'p1', change: 'created' }]]);
  });

  it('are heard together once the outermost transaction commits', () => {
    storage.transaction(() => {
      storage.announce('action', 'a1', 'created');
      storage.transaction(() => storage.announce('action', 'a0', 'updated'));
      expect(heard).toEqual([]);
    });
    expect(heard).toEqual([
      [
        { kind: 'action', id: 'a1', change: 'created' },
        { kind: 'action', id: 'a0', change: 'updated' },
      ],
    ]);
  });

  it('are never heard when the transaction rolls back, nor when an inner one does', () => {
    expect(() =>
      storage.transaction(() => {
        storage.announce('journal', 'e1', 'created');
        throw new Error('refused');
      }),
    ).toThrow('refused');
    storage.transaction(() => {
      storage.announce('journal', 'e2', 'created');
      expect(() =>
        storage.transaction(() => {
          storage.announce('journal', 'e3', 'created');
          throw new Error('inner refused');
        }),
      ).toThrow('inner refused');
    });
    expect(heard).toEqual([[{ kind: 'journal', id: 'e2', change: 'created' }]]);
  });

  it('keep the write when a listener fails, and reach the other listeners', () => {
    const failures: unknown[] = [];
    const quiet = new Storage(openDatabase(path.join(temp.dir, 'k.sqlite')), (error) => failures.push(error));
    const reached: string[] = [];
    quiet.onChanges(() => {
      throw new Error('listener broke');
    });
    const stop = quiet.onChanges((changes) => reached.push(...changes.map((c) => c.id)));
    expect(() => quiet.announce('person', 'p1', 'created')).not.toThrow();
    expect(reached).toEqual(['p1']);
    expect(String(failures[0])).toMatch(/listener broke/);
    stop();
    quiet.announce('person', 'p2', 'created');
    expect(reached).toEqual(['p1']);
    quiet.close();
  });
});

describe('pagesById', () => {
  it('reads each page only when asked, so writes made between pages are seen', () => {
    storage.db.exec('CREATE TABLE t (id TEXT PRIMARY KEY)');
    const insert = storage.db.prepare('INSERT INTO t (id) VALUES (?)');
    for (const id of ['a', 'b', 'c', 'd']) insert.run(id);
    const select = storage.db.prepare('SELECT id FROM t WHERE id > ? ORDER BY id LIMIT ?');
    const pages = pagesById((after, size) => select.all(after, size) as Array<{ id: string }>, 2);
    const seen: string[][] = [];
    for (const page of pages) {
      seen.push(page.map((row) => row.id));
      insert.run(`${page.at(-1)?.id}z`); // a write while the pages are being read: no open statement is in the way
    }
    expect(seen).toEqual([['a', 'b'], ['bz', 'c'], ['cz', 'd'], ['dz']]);
  });
});
