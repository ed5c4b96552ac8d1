// Team briefs: a leader's selection of lessons, in their order, each with the leader's comment, under
// an introduction of their own. Deleting a brief moves it to a bin, so Undo brings it back.
import type { Database } from 'better-sqlite3';

export const version = 4;
export const name = 'briefs';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE briefs (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
      introduction TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-*')
    ) STRICT;
    CREATE TABLE brief_lessons (
      brief_id TEXT NOT NULL REFERENCES briefs (id) ON DELETE CASCADE,
      lesson_id TEXT NOT NULL,
      position INTEGER NOT NULL CHECK (position >= 0),
      comment TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (brief_id, lesson_id)
    ) STRICT;
    CREATE INDEX brief_lessons_in_order ON brief_lessons (brief_id, position);
  `);
}
