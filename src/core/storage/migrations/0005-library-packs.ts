// User library packs: content packs a leader imported (a team's playbook, say), kept as their
// Markdown files so they join the bundled library at start and travel with every backup. A new
// `revision` for each import tells the library that a pack it read was replaced.
import type { Database } from 'better-sqlite3';

export const version = 5;
export const name = 'library-packs';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE library_packs (
      id TEXT PRIMARY KEY CHECK (id GLOB '[a-z0-9]*' AND id NOT GLOB '*[^a-z0-9-]*'),
      title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
      imported_at TEXT NOT NULL,
      revision TEXT NOT NULL UNIQUE
    ) STRICT;
    CREATE TABLE library_pack_files (
      pack_id TEXT NOT NULL REFERENCES library_packs (id) ON DELETE CASCADE,
      path TEXT NOT NULL CHECK (length(path) BETWEEN 1 AND 1000),
      content TEXT NOT NULL,
      PRIMARY KEY (pack_id, path)
    ) STRICT;
  `);
}
