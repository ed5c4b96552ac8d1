// Opens the journal's SQLite file with the settings every connection needs.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { FulcrumError } from '../../shared/errors';
import { migrate } from './migrations/index';

export interface OpenOptions {
  /** Path of a better-sqlite3 addon built for this runtime (Electron uses its own build). */
  nativeBinding?: string;
  /** Stop at this schema version (tests of a single migration). */
  targetVersion?: number;
}

export const journalFileName = 'fulcrum.sqlite';

export function openDatabase(file: string, options: OpenOptions = {}): Database {
  mkdirSync(path.dirname(file), { recursive: true });
  // SQLite would take an empty file for a new journal and fill it: a journal cut to nothing by a
  // crash, a full disk or a sync tool must never be silently replaced.
  if (statSync(file, { throwIfNoEntry: false })?.size === 0) {
    throw new FulcrumError('unavailable', `The journal at ${file} is empty (0 bytes), though it should hold your data. Fulcrum did not touch it.`);
  }
  let db: Database;
  try {
    db = new BetterSqlite3(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw new FulcrumError('unavailable', `Fulcrum could not open its journal at ${file}: ${(error as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const quick = db.pragma('quick_check', { simple: true });
    if (quick !== 'ok') {
      throw new FulcrumError('unavailable', `The journal at ${file} is damaged (${String(quick)}). Keep the file and restore a backup; nothing was changed.`);
    }
    migrate(db, options.targetVersion);
  } catch (error) {
    db.close();
    if (error instanceof FulcrumError) throw error;
    throw new FulcrumError('unavailable', `Fulcrum could not prepare its journal at ${file}: ${(error as Error).message}`);
  }
  return db;
}
