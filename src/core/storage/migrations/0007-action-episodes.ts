// An ask, share or mandate can come from a podcast episode, at a moment of it: the episode and the
// second, kept when the show is unsubscribed (the episode stays while an action links it).
import type { Database } from 'better-sqlite3';

export const version = 7;
export const name = 'action-episodes';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE coaching_actions ADD COLUMN episode_id TEXT REFERENCES episodes (id) ON DELETE SET NULL;
    ALTER TABLE coaching_actions ADD COLUMN episode_at INTEGER CHECK (episode_at IS NULL OR episode_at >= 0);
    CREATE INDEX coaching_actions_by_episode ON coaching_actions (episode_id) WHERE episode_id IS NOT NULL;
  `);
}
