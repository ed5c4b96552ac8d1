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

describe('migration 0011: notes at a moment of an episode', () => {
  it('keeps what version 10 held, and a note keeps its episode and person from being deleted under it', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 10);
    db.prepare("INSERT INTO feeds (id, url, title, added_at) VALUES ('f1', 'https://example.com/f.xml', 'Show', 'now')").run();
    db.prepare("INSERT INTO episodes (id, feed_id, show_title, title, first_seen_at) VALUES ('e1', 'f1', 'Show', 'One', 'now')").run();
    db.prepare("INSERT INTO people (id, name, role, relation, notes, created_at, updated_at) VALUES ('p1', 'Dana', '', 'salesperson', '', 'c', 'u')").run();
    expect(migrate(db, 11)).toEqual([11]);
    expect(schemaVersion(db)).toBe(11);
    expect(db.prepare("SELECT title FROM episodes WHERE id = 'e1'").get()).toEqual({ title: 'One' });
    const insert = db.prepare('INSERT INTO episode_notes (id, episode_id, at_seconds, text_md, person_id, note_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run('n1', 'e1', 754, 'Ask what would have to be true.', 'p1', '2026-11-27', 'c', 'u');
    expect(() => insert.run('n2', 'e1', -1, 'x', null, '2026-11-27', 'c', 'u')).toThrow(/CHECK/);
    expect(() => insert.run('n3', 'e1', 1, '   ', null, '2026-11-27', 'c', 'u')).toThrow(/CHECK/);
    expect(() => insert.run('n4', 'e1', 1, 'x', null, '27/11/2026', 'c', 'u')).toThrow(/CHECK/);
    expect(() => insert.run('n5', 'nope', 1, 'x', null, '2026-11-27', 'c', 'u')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("DELETE FROM episodes WHERE id = 'e1'").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("DELETE FROM people WHERE id = 'p1'").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
