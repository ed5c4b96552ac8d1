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

describe('migration 0007: actions from episodes', () => {
  it('keeps the actions of version 6, which link no episode, and an action can link one at a moment', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 6);
    db.prepare("INSERT INTO people (id, name, role, relation, notes, created_at, updated_at) VALUES ('p1', 'Dana', '', 'salesperson', '', 'c', 'u')").run();
    db.prepare("INSERT INTO coaching_actions (id, kind, person_id, text, action_date, status, closed_on, category, flags, created_at, updated_at) VALUES ('a1', 'share', 'p1', 'A story', '2025-03-01', 'done', '2025-03-01', 'story', '[]', 'c', 'u')").run();
    expect(migrate(db, 7)).toEqual([7]);
    expect(schemaVersion(db)).toBe(7);
    expect(db.prepare("SELECT episode_id, episode_at FROM coaching_actions WHERE id = 'a1'").get()).toEqual({ episode_id: null, episode_at: null });
    db.prepare("INSERT INTO feeds (id, url, title, added_at) VALUES ('f1', 'https://example.com/f.xml', 'Show', 'now')").run();
    db.prepare("INSERT INTO episodes (id, feed_id, show_title, title, first_seen_at) VALUES ('e1', 'f1', 'Show', 'One', 'now')").run();
    db.prepare("UPDATE coaching_actions SET episode_id = 'e1', episode_at = 754 WHERE id = 'a1'").run();
    expect(() => db.prepare("UPDATE coaching_actions SET episode_at = -1 WHERE id = 'a1'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE coaching_actions SET episode_id = 'nope' WHERE id = 'a1'").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM episodes WHERE id = 'e1'").run();
    expect(db.prepare("SELECT episode_id FROM coaching_actions WHERE id = 'a1'").get()).toEqual({ episode_id: null });
    db.close();
  });
});
