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

describe('migration 0010: the up-next queue', () => {
  it('keeps the episodes of version 9; queues each episode once, at one place, and forgets an episode that goes', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 9);
    db.prepare("INSERT INTO episodes (id, show_title, title, first_seen_at) VALUES ('e1', 'Show', 'One', 'now'), ('e2', 'Show', 'Two', 'now')").run();
    expect(migrate(db, 10)).toEqual([10]);
    expect(schemaVersion(db)).toBe(10);
    expect(db.prepare('SELECT id, title FROM episodes ORDER BY id').all()).toEqual([
      { id: 'e1', title: 'One' },
      { id: 'e2', title: 'Two' },
    ]);
    db.prepare("INSERT INTO player_queue (episode_id, position) VALUES ('e2', 0), ('e1', 1)").run();
    expect(() => db.prepare("INSERT INTO player_queue (episode_id, position) VALUES ('e1', 2)").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE player_queue SET position = 0 WHERE episode_id = 'e1'").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO player_queue (episode_id, position) VALUES ('nope', 3)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("UPDATE player_queue SET position = -1 WHERE episode_id = 'e1'").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM episodes WHERE id = 'e2'").run();
    expect(db.prepare('SELECT episode_id, position FROM player_queue').all()).toEqual([{ episode_id: 'e1', position: 1 }]);
    db.close();
  });
});
