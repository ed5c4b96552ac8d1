// The coaching model: people, the actions a leader takes with them (ask, share, mandate), their
// links to lessons and journal entries, the leader's accountability ladder, settings, and a log of
// reminders already raised. Rules that SQL can state are CHECK constraints, so a bug elsewhere
// cannot store, say, a share with a due date or an ask without its form.
import type { Database } from 'better-sqlite3';

export const version = 3;
export const name = 'coaching';

const day = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

/** Fulcrum's own default ladder, as described in the bundled article "Coaching ladders". */
export const defaultLadder = ['Reminder conversation', 'Written plan', 'Formal commitment with a date', 'Consequences'];
export const defaultAskTarget = 0.6;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE people (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
      role TEXT NOT NULL DEFAULT '',
      relation TEXT NOT NULL CHECK (relation IN ('sales-manager', 'salesperson', 'customer', 'prospect', 'other')),
      notes TEXT NOT NULL DEFAULT '',
      archived_at TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX people_by_name ON people (name COLLATE NOCASE);

    CREATE TABLE coaching_actions (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('ask', 'share', 'mandate')),
      person_id TEXT NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
      text TEXT NOT NULL CHECK (length(trim(text)) > 0),
      notes TEXT NOT NULL DEFAULT '',
      action_date TEXT NOT NULL CHECK (${day('action_date')}),
      status TEXT NOT NULL CHECK (status IN ('open', 'done', 'missed', 'escalated')),
      closed_on TEXT CHECK (closed_on IS NULL OR ${day('closed_on')}),
      form TEXT CHECK (form IN ('request', 'challenge', 'lost-confidence')),
      confirm_how TEXT,
      confirm_when TEXT CHECK (confirm_when IS NULL OR ${day('confirm_when')}),
      confirm_help TEXT,
      due_date TEXT CHECK (due_date IS NULL OR ${day('due_date')}),
      escalates_id TEXT REFERENCES coaching_actions (id) ON DELETE RESTRICT,
      ladder_step INTEGER CHECK (ladder_step BETWEEN 1 AND 10),
      category TEXT CHECK (category IN ('expertise', 'coaching', 'story', 'idea', 'suggestion', 'experience', 'wisdom', 'thought', 'feeling', 'wish')),
      flags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(flags) AND json_type(flags) = 'array'),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      CHECK ((kind = 'ask') = (form IS NOT NULL)),
      CHECK (kind = 'ask' OR (confirm_how IS NULL AND confirm_when IS NULL AND confirm_help IS NULL)),
      CHECK ((kind = 'mandate') = (ladder_step IS NOT NULL)),
      CHECK (kind = 'mandate' OR (due_date IS NULL AND escalates_id IS NULL)),
      CHECK ((kind = 'share') = (category IS NOT NULL)),
      CHECK (kind <> 'share' OR status = 'done'),
      CHECK (kind = 'ask' OR status <> 'escalated'),
      CHECK ((status = 'open') = (closed_on IS NULL))
    ) STRICT;
    CREATE INDEX actions_by_person ON coaching_actions (person_id, action_date DESC);
    CREATE INDEX actions_by_date ON coaching_actions (action_date);
    CREATE INDEX actions_open ON coaching_actions (kind, status) WHERE status = 'open';
    CREATE INDEX actions_by_escalated_ask ON coaching_actions (escalates_id) WHERE escalates_id IS NOT NULL;

    CREATE TABLE action_lessons (
      action_id TEXT NOT NULL REFERENCES coaching_actions (id) ON DELETE CASCADE,
      lesson_id TEXT NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (action_id, lesson_id)
    ) STRICT;
    CREATE INDEX action_lessons_by_lesson ON action_lessons (lesson_id);

    CREATE TABLE entry_people (
      entry_id TEXT NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
      person_id TEXT NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
      PRIMARY KEY (entry_id, person_id)
    ) STRICT;
    CREATE INDEX entry_people_by_person ON entry_people (person_id);

    CREATE TABLE entry_actions (
      entry_id TEXT NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
      action_id TEXT NOT NULL REFERENCES coaching_actions (id) ON DELETE RESTRICT,
      PRIMARY KEY (entry_id, action_id)
    ) STRICT;
    CREATE INDEX entry_actions_by_action ON entry_actions (action_id);

    CREATE TABLE ladder_steps (
      step INTEGER PRIMARY KEY CHECK (step BETWEEN 1 AND 10),
      name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 80)
    ) STRICT;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE reminders_raised (
      action_id TEXT NOT NULL REFERENCES coaching_actions (id) ON DELETE CASCADE,
      day TEXT NOT NULL CHECK (${day('day')}),
      PRIMARY KEY (action_id, day)
    ) STRICT;
  `);
  const step = db.prepare('INSERT INTO ladder_steps (step, name) VALUES (?, ?)');
  defaultLadder.forEach((stepName, i) => step.run(i + 1, stepName));
  db.prepare("INSERT INTO settings (key, value) VALUES ('ask-target', ?)").run(String(defaultAskTarget));
}
