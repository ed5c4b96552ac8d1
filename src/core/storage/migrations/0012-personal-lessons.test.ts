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

describe('migration 0012: lessons of the leader’s own', () => {
  it('stores a lesson with its source; deleting the note leaves the lesson, whose episode is kept', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 11);
    db.prepare("INSERT INTO feeds (id, url, title, added_at) VALUES ('f1', 'https://example.com/f.xml', 'Show', 'now')").run();
    db.prepare("INSERT INTO episodes (id, feed_id, show_title, title, first_seen_at) VALUES ('e1', 'f1', 'Show', 'One', 'now')").run();
    db.prepare("INSERT INTO episode_notes (id, episode_id, at_seconds, text_md, note_date, created_at, updated_at) VALUES ('n1', 'e1', 754, 'A note', '2026-11-27', 'c', 'u')").run();
    expect(migrate(db)).toContain(12);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(12);
    const insert = db.prepare('INSERT INTO personal_lessons (id, title, mode, tags, note_id, episode_id, at_seconds, revision, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    insert.run('ask-what-must-be-true', 'Ask what must be true', 'ask', '["close dates"]', 'n1', 'e1', 754, 'r1', 'c', 'u');
    expect(() => insert.run('Bad Id', 'T', null, '[]', null, null, null, 'r', 'c', 'u')).toThrow(/CHECK/);
    expect(() => insert.run('ok-id', 'T', 'order', '[]', null, null, null, 'r', 'c', 'u')).toThrow(/CHECK/);
    expect(() => insert.run('ok-id', 'T', null, 'not json', null, null, null, 'r', 'c', 'u')).toThrow(/CHECK/);
    db.prepare("DELETE FROM episode_notes WHERE id = 'n1'").run();
    expect(db.prepare("SELECT note_id, episode_id, at_seconds FROM personal_lessons WHERE id = 'ask-what-must-be-true'").get()).toEqual({ note_id: null, episode_id: 'e1', at_seconds: 754 });
    expect(() => db.prepare("DELETE FROM episodes WHERE id = 'e1'").run()).toThrow(/FOREIGN KEY/);
    db.close();
  });
});
