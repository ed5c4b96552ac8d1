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

describe('migration 0001: journal entries', () => {
  it('creates entries and lesson links from an empty database', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db, 1)).toEqual([1]);
    expect(schemaVersion(db)).toBe(1);

    db.prepare("INSERT INTO journal_entries VALUES ('e1', '2024-05-01', 't', 'body', 'c', 'u')").run();
    db.prepare("INSERT INTO entry_lessons VALUES ('e1', 'ask-is-the-default', 0)").run();
    expect(() => db.prepare("INSERT INTO entry_lessons VALUES ('missing', 'x', 0)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO journal_entries VALUES ('e2', 'May 1st', 't', 'b', 'c', 'u')").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM journal_entries WHERE id = 'e1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM entry_lessons').get()).toEqual({ n: 0 });
    db.close();
  });
});
