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

describe('migration 0006: feeds', () => {
  it('keeps the rows of version 5, and an episode outlives its feed while its transcript goes with it', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 5);
    db.prepare("INSERT INTO journal_entries (id, entry_date, title, body_md, created_at, updated_at) VALUES ('e1', '2024-05-01', 't', 'body', 'c', 'u')").run();

    expect(migrate(db, 6)).toEqual([6]);
    expect(schemaVersion(db)).toBe(6);
    expect(db.prepare('SELECT count(*) AS n FROM journal_entries').get()).toEqual({ n: 1 });
    db.prepare("INSERT INTO feeds (id, url, title, added_at) VALUES ('f1', 'https://example.com/feed.xml', 'Show', 'now')").run();
    db.prepare("INSERT INTO episodes (id, feed_id, show_title, title, first_seen_at) VALUES ('ep1', 'f1', 'Show', 'One', 'now')").run();
    db.prepare("INSERT INTO episode_transcripts (episode_id, cues_json, fetched_at) VALUES ('ep1', '[]', 'now')").run();
    expect(() => db.prepare("INSERT INTO feeds (id, url, title, added_at) VALUES ('f2', 'https://example.com/feed.xml', 'Again', 'now')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("UPDATE feeds SET status = 'exploded' WHERE id = 'f1'").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM feeds WHERE id = 'f1'").run();
    expect(db.prepare("SELECT feed_id, show_title FROM episodes WHERE id = 'ep1'").get()).toEqual({ feed_id: null, show_title: 'Show' });
    db.prepare("DELETE FROM episodes WHERE id = 'ep1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM episode_transcripts').get()).toEqual({ n: 0 });
    db.close();
  });
});
