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

describe('migration 0008: downloads', () => {
  it('keeps the episodes of version 7; a download is a plain file name and goes with its episode', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 7);
    db.prepare("INSERT INTO episodes (id, show_title, title, first_seen_at) VALUES ('e1', 'Show', 'One', 'now')").run();
    expect(migrate(db, 8)).toEqual([8]);
    expect(schemaVersion(db)).toBe(8);
    db.prepare("INSERT INTO episode_downloads (episode_id, file, bytes, completed_at) VALUES ('e1', 'e1.mp3', 10, 'now')").run();
    db.prepare("INSERT INTO episodes (id, show_title, title, first_seen_at) VALUES ('e2', 'Show', 'Two', 'now')").run();
    expect(() => db.prepare("INSERT INTO episode_downloads (episode_id, file, bytes, completed_at) VALUES ('e2', '../x.mp3', 10, 'now')").run()).toThrow(/CHECK/);
    expect(db.prepare("SELECT position_seconds FROM episodes WHERE id = 'e1'").get()).toEqual({ position_seconds: 0 });
    db.prepare("DELETE FROM episodes WHERE id = 'e1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM episode_downloads').get()).toEqual({ n: 0 });
    db.close();
  });
});
