// Automatic downloads: each show can keep its newest N episodes on disk (0: none), within the disk
// cap the leader sets (a setting, 5 GB unless changed).
import type { Database } from 'better-sqlite3';

export const version = 9;
export const name = 'auto-download';

export function up(db: Database): void {
  db.exec(`ALTER TABLE feeds ADD COLUMN auto_download INTEGER NOT NULL DEFAULT 0 CHECK (auto_download BETWEEN 0 AND 50);`);
}
