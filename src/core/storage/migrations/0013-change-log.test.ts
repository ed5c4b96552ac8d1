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

describe('migration 0013: the change log', () => {
  it('keeps what version 12 held and numbers changes in an order that never goes back', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    migrate(db, 12);
    db.prepare("INSERT INTO people (id, name, role, relation, notes, created_at, updated_at) VALUES ('p1', 'Dana', '', 'salesperson', '', 'c', 'u')").run();
    expect(migrate(db, 13)).toEqual([13]);
    expect(schemaVersion(db)).toBe(13);
    expect(db.prepare("SELECT name FROM people WHERE id = 'p1'").get()).toEqual({ name: 'Dana' });
    const insert = db.prepare("INSERT INTO change_log (kind, record_id, change, writer) VALUES (?, ?, ?, 'w1')");
    const first = Number(insert.run('person', 'p1', 'created').lastInsertRowid);
    db.prepare('DELETE FROM change_log').run();
    expect(Number(insert.run('person', 'p1', 'updated').lastInsertRowid)).toBeGreaterThan(first);
    expect(() => insert.run('person', 'p1', 'renamed')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO change_log (kind, record_id, change) VALUES ('person', 'p1', 'created')").run()).toThrow(/NOT NULL/);
    db.close();
  });
});
