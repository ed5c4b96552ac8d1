// Numbered migrations, applied in order, each in its own transaction; PRAGMA user_version records
// the last one applied. A database written by a newer Fulcrum is refused rather than guessed at.
import type { Database } from 'better-sqlite3';
import { FulcrumError } from '../../../shared/errors';
import * as m0001 from './0001-journal-entries';
import * as m0002 from './0002-entry-bin';
import * as m0003 from './0003-coaching';
import * as m0004 from './0004-briefs';
import * as m0005 from './0005-library-packs';
import * as m0006 from './0006-feeds';
import * as m0007 from './0007-action-episodes';
import * as m0008 from './0008-downloads';
import * as m0009 from './0009-auto-download';
import * as m0010 from './0010-player-queue';
import * as m0011 from './0011-episode-notes';
import * as m0012 from './0012-personal-lessons';
import * as m0013 from './0013-change-log';
import * as m0014 from './0014-one-on-ones';
import * as m0015 from './0015-teams';
import * as m0016 from './0016-crm';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const migrations: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013, m0014, m0015, m0016];

export const latestVersion = migrations.at(-1)?.version ?? 0;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the database to `target` (default: the latest). Returns the versions applied. */
export function migrate(db: Database, target = latestVersion, list: readonly Migration[] = migrations): number[] {
  const current = schemaVersion(db);
  const latest = list.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new FulcrumError(
      'unavailable',
      `This journal was written by a newer version of Fulcrum (schema ${current}, this app knows ${latest}). Update Fulcrum to open it; nothing was changed.`,
    );
  }
  const applied: number[] = [];
  for (const migration of list) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
