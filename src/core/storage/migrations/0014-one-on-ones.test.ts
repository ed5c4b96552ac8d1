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

describe('migration 0014: 1:1 notes and schedules', () => {
  it('keeps existing entries as plain entries, allows one live 1:1 note per person and day, and checks schedules', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 13);
    db.prepare("INSERT INTO people (id, name, relation, created_at, updated_at) VALUES ('p1', 'Dana', 'salesperson', 'c', 'u')").run();
    db.prepare("INSERT INTO journal_entries (id, entry_date, title, body_md, created_at, updated_at) VALUES ('e1', '2025-03-10', 'Old', 'Text', 'c', 'u')").run();
    expect(migrate(db)).toContain(14);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(14);
    expect(db.prepare("SELECT one_on_one_with FROM journal_entries WHERE id = 'e1'").get()).toEqual({ one_on_one_with: null });

    const entry = db.prepare("INSERT INTO journal_entries (id, entry_date, title, body_md, created_at, updated_at, one_on_one_with, deleted_at) VALUES (?, '2025-03-14', '1:1', '', 'c', 'u', ?, ?)");
    entry.run('e2', 'p1', null);
    expect(() => entry.run('e3', 'p1', null)).toThrow(/UNIQUE/);
    db.prepare("UPDATE journal_entries SET deleted_at = '2025-03-14T10:00:00Z' WHERE id = 'e2'").run();
    entry.run('e3', 'p1', null); // the binned one no longer counts
    expect(() => entry.run('e4', 'nobody', null)).toThrow(/FOREIGN KEY/);

    const schedule = db.prepare("INSERT OR REPLACE INTO one_on_one_schedules (person_id, cadence, day, starts_on, created_at, updated_at) VALUES ('p1', ?, ?, ?, 'c', 'u')");
    schedule.run('weekly', 5, '2025-03-10');
    schedule.run('monthly', 31, '2025-03-10');
    expect(() => schedule.run('weekly', 8, '2025-03-10')).toThrow(/CHECK/);
    expect(() => schedule.run('daily', 1, '2025-03-10')).toThrow(/CHECK/);
    expect(() => schedule.run('monthly', 1, 'soon')).toThrow(/CHECK/);
    db.close();
  });
});
