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

describe('migration 0015: teams', () => {
  it('gives everyone no team and no manager, then keeps a manager real and never oneself', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 14);
    const add = db.prepare("INSERT INTO people (id, name, relation, created_at, updated_at) VALUES (?, ?, 'salesperson', 'c', 'u')");
    add.run('sam', 'Sam');
    add.run('dana', 'Dana');
    expect(migrate(db)).toContain(15);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(15);
    expect(db.prepare("SELECT team, manager_id FROM people WHERE id = 'dana'").get()).toEqual({ team: '', manager_id: null });
    db.prepare("UPDATE people SET team = 'West', manager_id = 'sam' WHERE id = 'dana'").run();
    expect(() => db.prepare("UPDATE people SET manager_id = 'sam' WHERE id = 'sam'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE people SET manager_id = 'nobody' WHERE id = 'dana'").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM people WHERE id = 'sam'").run();
    expect(db.prepare("SELECT team, manager_id FROM people WHERE id = 'dana'").get()).toEqual({ team: 'West', manager_id: null });
    db.close();
  });
});
