// Notes taken at a moment of an episode: the leader's words, the moment (seconds from the start),
// the journal day they belong to, and optionally the lesson and the person they are about. An
// episode or a person with notes is kept (never deleted under them). A deleted note waits in the bin.
import type { Database } from 'better-sqlite3';

export const version = 11;
export const name = 'episode-notes';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE episode_notes (
      id TEXT PRIMARY KEY,
      episode_id TEXT NOT NULL REFERENCES episodes (id),
      at_seconds INTEGER NOT NULL CHECK (at_seconds BETWEEN 0 AND 1000000),
      text_md TEXT NOT NULL CHECK (length(trim(text_md)) > 0),
      lesson_id TEXT,
      person_id TEXT REFERENCES people (id),
      note_date TEXT NOT NULL CHECK (note_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX episode_notes_by_episode ON episode_notes (episode_id, at_seconds);
    CREATE INDEX episode_notes_by_date ON episode_notes (note_date);
    CREATE INDEX episode_notes_by_lesson ON episode_notes (lesson_id) WHERE lesson_id IS NOT NULL;
    CREATE INDEX episode_notes_by_person ON episode_notes (person_id) WHERE person_id IS NOT NULL;
  `);
}
