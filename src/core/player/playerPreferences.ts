// How the leader likes to listen: how far the skip buttons (and arrow keys) jump, and the speed
// episodes play at. Kept in the journal's settings table, so they travel with its backups; a value
// that cannot be read falls back to its default rather than failing the player.
import type { Database } from 'better-sqlite3';
import { defaultPlayerPreferences, skipChoices, type PlayerPreferences } from '../../shared/contract';

const keys = {
  skipBackSeconds: 'player.skip-back-seconds',
  skipForwardSeconds: 'player.skip-forward-seconds',
  speed: 'player.speed',
} as const satisfies Record<keyof PlayerPreferences, string>;

const isSkip = (value: number) => (skipChoices as readonly number[]).includes(value);
const isSpeed = (value: number) => Number.isFinite(value) && value >= 0.5 && value <= 3;

export class PlayerPreferencesStore {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  read(): PlayerPreferences {
    const stored = new Map(
      (this.#db.prepare('SELECT key, value FROM settings WHERE key IN (?, ?, ?)').all(keys.skipBackSeconds, keys.skipForwardSeconds, keys.speed) as Array<{ key: string; value: string }>).map((row) => [row.key, Number(row.value)]),
    );
    const pick = (name: keyof PlayerPreferences, valid: (value: number) => boolean) => {
      const value = stored.get(keys[name]);
      return value !== undefined && valid(value) ? value : defaultPlayerPreferences[name];
    };
    return { skipBackSeconds: pick('skipBackSeconds', isSkip), skipForwardSeconds: pick('skipForwardSeconds', isSkip), speed: pick('speed', isSpeed) };
  }

  /** Saves what is given (all in one transaction) and answers the preferences as they now are. */
  update(change: { [K in keyof PlayerPreferences]?: number | undefined }): PlayerPreferences {
    const write = this.#db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    this.#db.transaction(() => {
      for (const name of Object.keys(keys) as Array<keyof PlayerPreferences>) {
        const value = change[name];
        if (value !== undefined) write.run(keys[name], String(value));
      }
    })();
    return this.read();
  }
}

const currentKey = 'player.current-episode';

/** The episode last loaded in the player, kept in the settings table beside the preferences. */
export class CurrentEpisodeStore {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  read(): string | null {
    return (this.#db.prepare('SELECT value FROM settings WHERE key = ?').get(currentKey) as { value: string } | undefined)?.value ?? null;
  }

  write(episodeId: string | null): void {
    if (episodeId === null) this.#db.prepare('DELETE FROM settings WHERE key = ?').run(currentKey);
    else this.#db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(currentKey, episodeId);
  }
}
