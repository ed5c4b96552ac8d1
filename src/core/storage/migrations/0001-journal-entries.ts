// Journal entries and their links to lessons. Lessons live in the content pack, not in SQLite, so
// entry_lessons keeps lesson ids as text; people and coaching actions get real foreign keys later.
import type { Database } from 'better-sqlite3';

export const version = 1;
export const name = 'journal-entries';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE journal_entries (
      id TEXT PRIMARY KEY,
      entry_date TEXT NOT NULL CHECK (entry_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      title TEXT NOT NULL DEFAULT '',
      body_md TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX journal_entries_by_date ON journal_entries (entry_date DESC, created_at DESC);

    CREATE TABLE entry_lessons (
      entry_id TEXT NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
      lesson_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (entry_id, lesson_id)
    ) STRICT;
    CREATE INDEX entry_lessons_by_lesson ON entry_lessons (lesson_id);
  `);
}
