// Episodes downloaded for offline listening: the file (in the data folder's `episodes/`) and its
// size, recorded only once it is complete. The file goes when its episode goes. And where the
// leader stopped listening to each episode, to resume there.
import type { Database } from 'better-sqlite3';

export const version = 8;
export const name = 'downloads';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE episode_downloads (
      episode_id TEXT PRIMARY KEY REFERENCES episodes (id) ON DELETE CASCADE,
      file TEXT NOT NULL CHECK (file NOT LIKE '%/%' AND file NOT LIKE '%\\%' AND length(file) BETWEEN 1 AND 200),
      bytes INTEGER NOT NULL CHECK (bytes >= 0),
      mime_type TEXT,
      completed_at TEXT NOT NULL
    ) STRICT;
    ALTER TABLE episodes ADD COLUMN position_seconds INTEGER NOT NULL DEFAULT 0 CHECK (position_seconds >= 0);
  `);
}
