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

describe('migration 0016: the CRM check', () => {
  it('keeps an import with its rows, one row per opportunity, real days, and removes the rows with the import', () => {
    const db = new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));
    db.pragma('foreign_keys = ON');
    migrate(db, 15);
    expect(migrate(db)).toContain(16);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(16);
    db.prepare("INSERT INTO crm_imports (id, file_name, imported_at, day, source, row_count) VALUES ('i1', 'a.csv', 'now', '2025-03-10', 'salesforce', 1)").run();
    const row = db.prepare("INSERT INTO crm_opportunities (import_id, opp_key, line, opportunity, owner, close_date) VALUES ('i1', ?, 2, 'Deal', 'Dana', ?)");
    row.run('k1', '2025-03-01');
    expect(() => row.run('k1', null)).toThrow(/UNIQUE|PRIMARY/);
    expect(() => row.run('k2', '03/01/2025')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO crm_imports (id, file_name, imported_at, day, source, row_count) VALUES ('i2', 'a.csv', 'now', '2025-03-10', 'excel', 1)").run()).toThrow(/CHECK/);
    db.prepare("DELETE FROM crm_imports WHERE id = 'i1'").run();
    expect(db.prepare('SELECT count(*) AS n FROM crm_opportunities').get()).toEqual({ n: 0 });
    db.close();
  });
});
