// The CRM compliance check: each imported export (its rows kept in the data folder, searchable),
// the owners confirmed as people, and the asks made from an import with the opportunities they cover.
import type { Database } from 'better-sqlite3';

export const version = 16;
export const name = 'crm';

const day = (column: string) => `${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE crm_imports (
      id TEXT PRIMARY KEY,
      file_name TEXT NOT NULL,
      imported_at TEXT NOT NULL,
      day TEXT NOT NULL CHECK (${day('day')}),
      source TEXT NOT NULL CHECK (source IN ('salesforce', 'hubspot', 'remembered', 'unknown')),
      row_count INTEGER NOT NULL CHECK (row_count >= 0)
    ) STRICT;

    CREATE TABLE crm_opportunities (
      import_id TEXT NOT NULL REFERENCES crm_imports (id) ON DELETE CASCADE,
      opp_key TEXT NOT NULL,
      line INTEGER NOT NULL,
      opportunity TEXT NOT NULL,
      account TEXT NOT NULL DEFAULT '',
      owner TEXT NOT NULL,
      owner_email TEXT NOT NULL DEFAULT '',
      stage TEXT NOT NULL DEFAULT '',
      amount REAL,
      close_date TEXT CHECK (${day('close_date')}),
      last_activity TEXT CHECK (${day('last_activity')}),
      next_step TEXT NOT NULL DEFAULT '',
      stage_changed TEXT CHECK (${day('stage_changed')}),
      PRIMARY KEY (import_id, opp_key)
    ) STRICT;
    CREATE INDEX crm_opportunities_by_owner ON crm_opportunities (import_id, owner);

    CREATE TABLE crm_owners (
      owner TEXT PRIMARY KEY,
      person_id TEXT NOT NULL REFERENCES people (id) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE crm_ask_opportunities (
      action_id TEXT NOT NULL REFERENCES coaching_actions (id) ON DELETE CASCADE,
      opp_key TEXT NOT NULL,
      PRIMARY KEY (action_id, opp_key)
    ) STRICT;
  `);
}
