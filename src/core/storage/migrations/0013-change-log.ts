// Every announced change, in commit order, so other processes on the same data folder (the CLI
// while the app runs) hear what was written: `seq` only grows; `writer` names the connection that
// wrote it (so a follower skips its own); old rows are trimmed at start.
import type { Database } from 'better-sqlite3';

export const version = 13;
export const name = 'change-log';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE change_log (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL,
      record_id TEXT NOT NULL,
      change TEXT NOT NULL CHECK (change IN ('created', 'updated', 'deleted', 'restored')),
      writer TEXT NOT NULL
    ) STRICT;
  `);
}
