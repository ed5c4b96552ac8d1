import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FulcrumError } from '../../../shared/errors';
import { makeTempDir } from '../../../../test/support/tempDirs';
import { latestVersion, migrate, migrations, schemaVersion, type Migration } from './index';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

const open = () => new BetterSqlite3(path.join(temp.dir, 'j.sqlite'));

describe('migrate', () => {
  it('numbers migrations 1, 2, 3… without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(latestVersion).toBe(migrations.length);
  });

  it('applies each migration once', () => {
    const db = open();
    expect(migrate(db)).toEqual(migrations.map((m) => m.version));
    expect(migrate(db)).toEqual([]);
    expect(schemaVersion(db)).toBe(latestVersion);
    db.close();
  });

  it('rolls a failing migration back completely and keeps the earlier version', () => {
    const failing: Migration[] = [
      ...migrations,
      { version: latestVersion + 1, name: 'broken', up: (d) => d.exec('CREATE TABLE half_done (x); SELECT * FROM no_such_table;') },
    ];
    const db = open();
    expect(() => migrate(db, latestVersion + 1, failing)).toThrow(/no_such_table/);
    expect(schemaVersion(db)).toBe(latestVersion);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });

  it('refuses a database written by a newer Fulcrum, in plain words', () => {
    const db = open();
    db.pragma(`user_version = ${latestVersion + 5}`);
    expect(() => migrate(db)).toThrow(FulcrumError);
    expect(() => migrate(db)).toThrow(/newer version of Fulcrum.*nothing was changed/);
    db.close();
  });
});
