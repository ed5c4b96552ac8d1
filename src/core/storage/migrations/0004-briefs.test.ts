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

describe('migration 0004: briefs', () => {
  it('keeps the rows of version 3 and adds briefs whose lessons go with them', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 3);
    db.prepare("INSERT INTO journal_entries (id, entry_date, title, body_md, created_at, updated_at) VALUES ('e1', '2024-05-01', 't', 'body', 'c', 'u')").run();
    db.prepare("INSERT INTO people (id, name, role, relation, notes, created_at, updated_at) VALUES ('p1', 'Dana', '', 'salesperson', '', 'c', 'u')").run();

    expect(migrate(db, 4)).toEqual([4]);
    expect(schemaVersion(db)).toBe(4);
    expect(db.prepare('SELECT count(*) AS n FROM journal_entries').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT name FROM people').all()).toEqual([{ name: 'Dana' }]);
    db.prepare("INSERT INTO briefs (id, title, created_at, updated_at) VALUES ('b1', 'Q3 kickoff', 'c', 'u')").run();
    db.prepare("INSERT INTO brief_lessons (brief_id, lesson_id, position, comment) VALUES ('b1', 'three-confirmations', 0, 'Start here')").run();
    expect(() => db.prepare("INSERT INTO briefs (id, title, created_at, updated_at) VALUES ('b2', '  ', 'c', 'u')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO brief_lessons (brief_id, lesson_id, position) VALUES ('nope', 'x', 0)").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM briefs WHERE id = 'b1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM brief_lessons').get()).toEqual({ n: 0 });
    db.close();
  });
});
