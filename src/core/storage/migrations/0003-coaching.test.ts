import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../../test/support/tempDirs';
import { defaultLadder } from './0003-coaching';
import { migrate, schemaVersion } from './index';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let db: BetterSqlite3.Database;
beforeEach(async () => {
  temp = await makeTempDir();
  db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
  db.pragma('foreign_keys = ON');
});
afterEach(async () => {
  db.close();
  await temp.cleanup();
});

const person = "INSERT INTO people (id, name, relation, created_at, updated_at) VALUES ('p1', 'Dana', 'salesperson', 'c', 'u')";
const action = (columns: string, values: string) =>
  db.prepare(`INSERT INTO coaching_actions (id, person_id, text, action_date, created_at, updated_at, ${columns}) VALUES (?, 'p1', 'Update the CRM', '2024-05-01', 'c', 'u', ${values})`);

describe('migration 0003: coaching', () => {
  it('keeps version 2 entries, including binned ones, and adds the coaching tables with defaults', () => {
    migrate(db, 2);
    db.prepare("INSERT INTO journal_entries (id, entry_date, title, body_md, created_at, updated_at, deleted_at) VALUES ('e1', '2024-05-01', 't', 'body', 'c', 'u', NULL), ('e2', '2024-05-02', 't', 'gone', 'c', 'u', '2024-05-03T00:00:00.000Z')").run();
    db.prepare("INSERT INTO entry_lessons VALUES ('e1', 'ask-is-the-default', 0)").run();

    expect(migrate(db, 3)).toEqual([3]);
    expect(schemaVersion(db)).toBe(3);
    expect(db.prepare('SELECT id, deleted_at IS NOT NULL AS binned FROM journal_entries ORDER BY id').all()).toEqual([{ id: 'e1', binned: 0 }, { id: 'e2', binned: 1 }]);
    expect(db.prepare('SELECT lesson_id FROM entry_lessons').all()).toEqual([{ lesson_id: 'ask-is-the-default' }]);
    expect(db.prepare('SELECT name FROM ladder_steps ORDER BY step').all().map((r) => (r as { name: string }).name)).toEqual(defaultLadder);
    expect(db.prepare("SELECT value FROM settings WHERE key = 'ask-target'").get()).toEqual({ value: '0.6' });

    db.prepare(person).run();
    db.prepare("INSERT INTO entry_people VALUES ('e1', 'p1')").run();
    expect(() => db.prepare("DELETE FROM people WHERE id = 'p1'").run()).toThrow(/FOREIGN KEY/);
  });

  it('refuses records that break the coaching rules', () => {
    migrate(db);
    db.prepare(person).run();
    action('kind, status, form', "'ask', 'open', 'request'").run('a1');
    action('kind, status, closed_on, category', "'share', 'done', '2024-05-01', 'story'").run('s1');
    action('kind, status, ladder_step, escalates_id, due_date', "'mandate', 'open', 1, 'a1', '2024-05-09'").run('m1');

    // An ask needs its form; a share cannot carry a due date or stay open; only asks escalate.
    expect(() => action('kind, status', "'ask', 'open'").run('x1')).toThrow(/CHECK/);
    expect(() => action('kind, status, closed_on, category, due_date', "'share', 'done', '2024-05-01', 'idea', '2024-06-01'").run('x2')).toThrow(/CHECK/);
    expect(() => action('kind, status, category', "'share', 'open', 'idea'").run('x3')).toThrow(/CHECK/);
    expect(() => action('kind, status, closed_on, ladder_step', "'mandate', 'escalated', '2024-05-02', 1").run('x4')).toThrow(/CHECK/);
    expect(() => action('kind, status, form, confirm_when', "'ask', 'open', 'request', 'Friday'").run('x5')).toThrow(/CHECK/);
    expect(() => action('kind, status, form, flags', "'ask', 'open', 'request', 'not json'").run('x6')).toThrow(/CHECK|JSON/);
    // The ask a mandate escalates cannot be erased from under it, nor can the person.
    expect(() => db.prepare("DELETE FROM coaching_actions WHERE id = 'a1'").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("DELETE FROM people WHERE id = 'p1'").run()).toThrow(/FOREIGN KEY/);
  });
});
