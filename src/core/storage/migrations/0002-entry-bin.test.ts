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

describe('migration 0002: entry bin', () => {
  it('keeps the rows of version 1 and adds an empty deleted_at', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 1);
    db.prepare("INSERT INTO journal_entries VALUES ('e1', '2024-05-01', 't', 'body', 'c', 'u')").run();
    db.prepare("INSERT INTO entry_lessons VALUES ('e1', 'ask-is-the-default', 0)").run();

    expect(migrate(db, 2)).toEqual([2]);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT id, body_md, deleted_at FROM journal_entries').all()).toEqual([{ id: 'e1', body_md: 'body', deleted_at: null }]);
    expect(db.prepare('SELECT count(*) AS n FROM entry_lessons').get()).toEqual({ n: 1 });
    db.prepare("UPDATE journal_entries SET deleted_at = '2024-06-01T00:00:00.000Z'").run();
    expect(() => db.prepare("UPDATE journal_entries SET deleted_at = 'yesterday'").run()).toThrow(/CHECK/);
    db.close();
  });
});
