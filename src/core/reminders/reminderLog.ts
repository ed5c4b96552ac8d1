// Which follow-ups (and which people's due 1:1s) were already raised as system notifications on
// which day, so each is raised at most once per day even across restarts.
import type { Database } from 'better-sqlite3';

export class ReminderLog {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  raisedOn(day: string): Set<string> {
    const rows = this.#db.prepare('SELECT action_id FROM reminders_raised WHERE day = ?').all(day) as Array<{ action_id: string }>;
    return new Set(rows.map((row) => row.action_id));
  }

  record(day: string, actionIds: string[]): void {
    const insert = this.#db.prepare('INSERT OR IGNORE INTO reminders_raised (action_id, day) VALUES (?, ?)');
    this.#db.transaction(() => {
      for (const id of actionIds) insert.run(id, day);
      // Keep a month of history; older days can never be asked about again.
      this.#db.prepare("DELETE FROM reminders_raised WHERE day < date(?, '-31 days')").run(day);
    })();
  }

  /** The people whose due 1:1 was raised on `day` (only the latest day is kept, in settings). */
  oneOnOnesRaisedOn(day: string): Set<string> {
    const row = this.#db.prepare("SELECT value FROM settings WHERE key = 'one-on-ones-raised'").get() as { value: string } | undefined;
    const raised = row ? (JSON.parse(row.value) as { day: string; personIds: string[] }) : null;
    return new Set(raised?.day === day ? raised.personIds : []);
  }

  recordOneOnOnes(day: string, personIds: string[]): void {
    if (personIds.length === 0) return;
    const value = JSON.stringify({ day, personIds: [...this.oneOnOnesRaisedOn(day), ...personIds] });
    this.#db.prepare("INSERT INTO settings (key, value) VALUES ('one-on-ones-raised', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(value);
  }
}
