// The leader's own settings for the coaching model: the accountability ladder's step names and the
// share of asks they aim for. Stored in SQLite so they travel with the journal and its backups.
import type { Database } from 'better-sqlite3';
import type { LadderStep } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { defaultAskTarget } from '../storage/migrations/0003-coaching';

export class CoachingSettings {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  ladder(): LadderStep[] {
    return this.#db.prepare('SELECT step, name FROM ladder_steps ORDER BY step').all() as LadderStep[];
  }

  /** Renames the steps; the number of steps may change only where no mandate stands on a removed step. */
  setLadder(names: string[]): LadderStep[] {
    this.#db.transaction(() => {
      const { highest } = this.#db.prepare("SELECT max(ladder_step) AS highest FROM coaching_actions WHERE kind = 'mandate'").get() as { highest: number | null };
      if (highest !== null && names.length < highest) {
        throw new FulcrumError('conflict', `A mandate in your journal stands on step ${highest}, so the ladder needs at least ${highest} steps. Nothing was changed.`);
      }
      this.#db.prepare('DELETE FROM ladder_steps').run();
      const insert = this.#db.prepare('INSERT INTO ladder_steps (step, name) VALUES (?, ?)');
      names.forEach((name, i) => insert.run(i + 1, name));
    })();
    return this.ladder();
  }

  /** Changes the target and the ladder together: both are saved, or neither. */
  update(change: { askTarget?: number | undefined; ladder?: string[] | undefined }): void {
    this.#db.transaction(() => {
      if (change.askTarget !== undefined) this.setAskTarget(change.askTarget);
      if (change.ladder) this.setLadder(change.ladder);
    })();
  }

  askTarget(): number {
    const row = this.#db.prepare("SELECT value FROM settings WHERE key = 'ask-target'").get() as { value: string } | undefined;
    const value = row ? Number(row.value) : NaN;
    return Number.isFinite(value) && value >= 0 && value <= 1 ? value : defaultAskTarget;
  }

  setAskTarget(target: number): number {
    this.#db.prepare("INSERT INTO settings (key, value) VALUES ('ask-target', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(target));
    return this.askTarget();
  }
}
