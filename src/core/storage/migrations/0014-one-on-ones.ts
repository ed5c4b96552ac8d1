// 1:1s: a journal entry can be the note of a 1:1 with one person (at most one live note per person
// and day), and each person can have a recurring 1:1 schedule: weekly or every other week on a
// weekday (1 Monday … 7 Sunday), or monthly on a day of the month (a short month takes its last day).
import type { Database } from 'better-sqlite3';

export const version = 14;
export const name = 'one-on-ones';

const day = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE journal_entries ADD COLUMN one_on_one_with TEXT REFERENCES people (id) ON DELETE RESTRICT;
    CREATE UNIQUE INDEX one_on_one_notes ON journal_entries (one_on_one_with, entry_date) WHERE one_on_one_with IS NOT NULL AND deleted_at IS NULL;

    CREATE TABLE one_on_one_schedules (
      person_id TEXT PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
      cadence TEXT NOT NULL CHECK (cadence IN ('weekly', 'biweekly', 'monthly')),
      day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
      starts_on TEXT NOT NULL CHECK (${day('starts_on')}),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (cadence = 'monthly' OR day <= 7)
    ) STRICT;
  `);
}
