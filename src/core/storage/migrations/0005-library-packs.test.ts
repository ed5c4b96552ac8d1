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

describe('migration 0005: library packs', () => {
  it('keeps the rows of version 4 and adds packs whose files go with them', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 4);
    db.prepare("INSERT INTO journal_entries (id, entry_date, title, body_md, created_at, updated_at) VALUES ('e1', '2024-05-01', 't', 'body', 'c', 'u')").run();
    db.prepare("INSERT INTO briefs (id, title, created_at, updated_at) VALUES ('b1', 'Q3 kickoff', 'c', 'u')").run();

    expect(migrate(db, 5)).toEqual([5]);
    expect(schemaVersion(db)).toBe(5);
    expect(db.prepare('SELECT count(*) AS n FROM journal_entries').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT title FROM briefs').all()).toEqual([{ title: 'Q3 kickoff' }]);

    db.prepare("INSERT INTO library_packs (id, title, imported_at, revision) VALUES ('acme-playbook', 'Acme playbook', '2025-03-10T09:00:00.000Z', 'r1')").run();
    db.prepare("INSERT INTO library_pack_files (pack_id, path, content) VALUES ('acme-playbook', 'discovery.md', '---\nkind: article\n---')").run();
    expect(() => db.prepare("INSERT INTO library_packs (id, title, imported_at, revision) VALUES ('Not A Slug', 'x', 'i', 'r2')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO library_packs (id, title, imported_at, revision) VALUES ('blank', '  ', 'i', 'r3')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO library_pack_files (pack_id, path, content) VALUES ('acme-playbook', 'discovery.md', 'again')").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO library_pack_files (pack_id, path, content) VALUES ('nope', 'x.md', '')").run()).toThrow(/FOREIGN KEY/);
    db.prepare("DELETE FROM library_packs WHERE id = 'acme-playbook'").run();
    expect(db.prepare('SELECT count(*) AS n FROM library_pack_files').get()).toEqual({ n: 0 });
    db.close();
  });
});
