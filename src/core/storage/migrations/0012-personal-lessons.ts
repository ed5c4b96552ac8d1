// Lessons of the leader's own: a title, a mode, tags and their words, and where each came from (a
// note, or a moment of an episode with the words quoted). The library reads them as the pack "Your
// lessons"; `revision` changes at every write so it reads them again.
import type { Database } from 'better-sqlite3';

export const version = 12;
export const name = 'personal-lessons';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE personal_lessons (
      id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*' AND length(id) <= 100),
      title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
      mode TEXT CHECK (mode IN ('ask', 'share', 'mandate')),
      tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),
      body_md TEXT NOT NULL DEFAULT '',
      note_id TEXT REFERENCES episode_notes (id) ON DELETE SET NULL,
      episode_id TEXT REFERENCES episodes (id),
      at_seconds INTEGER CHECK (at_seconds BETWEEN 0 AND 1000000),
      quote TEXT,
      revision TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX personal_lessons_by_note ON personal_lessons (note_id) WHERE note_id IS NOT NULL;
    CREATE INDEX personal_lessons_by_episode ON personal_lessons (episode_id) WHERE episode_id IS NOT NULL;
  `);
}
