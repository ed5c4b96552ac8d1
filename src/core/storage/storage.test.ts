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

describe('following other writers', () => {
  /** Waits for `check` to hold (another process's write is heard within a poll or two). */
  async function eventually(check: () => boolean): Promise<void> {
    for (let waited = 0; !check(); waited += 20) {
      if (waited > 5000) throw new Error('not heard within 5 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('hears what another connection commits, once, and never what it rolled back or this one wrote', async () => {
    const other = new Storage(openDatabase(path.join(temp.dir, 'j.sqlite')), () => {});
    try {
      const stop = storage.followOtherWriters({ everyMs: 20 });
      storage.announce('person', 'mine', 'created');
      expect(() =>
        other.transaction(() => {
          other.announce('journal', 'rolled-back', 'created');
          throw new Error('no');
        }),
      ).toThrow('no');
      other.transaction(() => {
        other.announce('journal', 'e1', 'created');
        other.announce('action', 'a1', 'updated');
      });
      await eventually(() => heard.length === 2);
      expect(heard).toEqual([[{ kind: 'person', id: 'mine', change: 'created' }], [{ kind: 'journal', id: 'e1', change: 'created' }, { kind: 'action', id: 'a1', change: 'updated' }]]);

      // Stopped: later writes elsewhere are not heard.
      stop();
      other.announce('person', 'later', 'created');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(heard).toHaveLength(2);
    } finally {
      other.close();
    }
  });

  it('keeps the newest changes of the log when trimmed', () => {
    for (let i = 0; i < 5; i++) storage.announce('person', `p${i}`, 'created');
    storage.trimChangeLog();
    expect((storage.db.prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n).toBe(5);
  });
});
