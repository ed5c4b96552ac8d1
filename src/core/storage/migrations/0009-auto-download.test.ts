import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/tempDirs';
import { migrate, schemaVersion } from './index';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

describe('migration 0009: automatic downloads', () => {
  it('keeps the feeds of version 8, none downloading by itself, and caps the number', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    migrate(db, 8);
    db.prepare("INSERT INTO feeds (id, url, title, added_at) VALUES ('f1', 'https://example.com/f.xml', 'Show', 'now')").run();
    expect(migrate(db, 9)).toEqual([9]);
    expect(schemaVersion(db)).toBe(9);
    expect(db.prepare("SELECT title, auto_download FROM feeds WHERE id = 'f1'").get()).toEqual({ title: 'Show', auto_download: 0 });
    db.prepare("UPDATE feeds SET auto_download = 3 WHERE id = 'f1'").run();
    expect(() => db.prepare("UPDATE feeds SET auto_download = 51 WHERE id = 'f1'").run()).toThrow(/CHECK/);
    db.close();
  });
});
