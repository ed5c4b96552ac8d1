// Deleting an entry moves it to a bin instead of erasing it, so Undo brings back the very same entry
// (same id, same links) and a slip of the hand loses nothing. Binned entries are purged later.
import type { Database } from 'better-sqlite3';

export const version = 2;
export const name = 'entry-bin';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE journal_entries ADD COLUMN deleted_at TEXT CHECK (deleted_at IS NULL OR deleted_at GLOB '[0-9][0-9][0-9][0-9]-*');
    CREATE INDEX journal_entries_binned ON journal_entries (deleted_at) WHERE deleted_at IS NOT NULL;
  `);
}
