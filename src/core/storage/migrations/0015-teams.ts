// Teams: a person can belong to a team (a name the leader types, e.g. "West") and report to a
// manager who is another person in the journal; a manager deleted leaves their reports unassigned.
import type { Database } from 'better-sqlite3';

export const version = 15;
export const name = 'teams';

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE people ADD COLUMN team TEXT NOT NULL DEFAULT '' CHECK (length(team) <= 80);
    ALTER TABLE people ADD COLUMN manager_id TEXT REFERENCES people (id) ON DELETE SET NULL CHECK (manager_id IS NULL OR manager_id <> id);
    CREATE INDEX people_by_manager ON people (manager_id) WHERE manager_id IS NOT NULL;
  `);
}
