// The player's up-next queue: the episodes to play next, in order. A queued episode goes from the
// queue when the episode itself goes; unsubscribing keeps it (see FeedStore.removeFeed).
import type { Database } from 'better-sqlite3';

export const version = 10;
export const name = 'player-queue';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE player_queue (
      episode_id TEXT PRIMARY KEY REFERENCES episodes (id) ON DELETE CASCADE,
      position INTEGER NOT NULL UNIQUE CHECK (position >= 0)
    ) STRICT;
  `);
}
