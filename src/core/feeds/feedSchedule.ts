// Automatic refresh: every few hours, as the leader sets it (every 6 hours unless changed; "off"
// stops it), every feed is refreshed, a few at a time. The doors that stay open start it; the
// CLI and tests do not. It looks once a minute whether a refresh is due, so a laptop that slept
// catches up when it wakes; the time of the last one is kept with the journal.
import type { Database } from 'better-sqlite3';
import type { RefreshReport } from '../../shared/contract';
import { eachAtMost } from '../../shared/pool';
import type { FeedStore, StoredFeed } from './feedStore';

export const refreshEveryHoursChoices = [0, 1, 3, 6, 12, 24] as const;
export const defaultRefreshHours = 6;
const hoursKey = 'feeds-refresh-every-hours';
const lastKey = 'feeds-refreshed-automatically-at';

/** The schedule as stored in the settings table (which travels with backups). */
export class FeedSchedule {
  readonly #db: Database;
  constructor(db: Database) {
    this.#db = db;
  }

  #get(key: string): string | undefined {
    return (this.#db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  }

  #set(key: string, value: string): void {
    this.#db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  everyHours(): number {
    const stored = Number(this.#get(hoursKey));
    return this.#get(hoursKey) !== undefined && Number.isFinite(stored) ? stored : defaultRefreshHours;
  }

  setEveryHours(hours: number): void {
    this.#set(hoursKey, String(hours));
  }

  lastRun(): string | null {
    return this.#get(lastKey) ?? null;
  }

  markRun(at: Date): void {
    this.#set(lastKey, at.toISOString());
  }

  /** When the next automatic refresh is due, or null when it is off. */
  nextAt(now: Date): string | null {
    const hours = this.everyHours();
    if (hours <= 0) return null;
    const last = this.lastRun();
    if (!last) return now.toISOString();
    return new Date(Math.max(now.getTime(), new Date(last).getTime() + hours * 3600_000)).toISOString();
  }
}

export interface ScheduleDeps {
  schedule: FeedSchedule;
  store: FeedStore;
  refresh: (feed: StoredFeed) => Promise<RefreshReport>;
  now: () => Date;
  /** How often to look whether a refresh is due (a minute; tests pass less). */
  checkEveryMs?: number;
  concurrency?: number;
}

/** Refreshes every feed now, a few at a time; one bad feed never stops the others. */
export async function refreshAll(deps: Pick<ScheduleDeps, 'store' | 'refresh' | 'concurrency'>): Promise<RefreshReport[]> {
  const reports: RefreshReport[] = [];
  await eachAtMost(deps.store.listFeeds(), deps.concurrency ?? 3, async (feed) => {
    reports.push(await deps.refresh(feed));
  });
  return reports;
}

/** Starts looking for due refreshes; returns the function that stops it. */
export function startFeedSchedule(deps: ScheduleDeps): () => void {
  let running = false;
  const check = async () => {
    const due = deps.schedule.nextAt(deps.now());
    if (running || !due || due > deps.now().toISOString()) return;
    running = true;
    try {
      deps.schedule.markRun(deps.now());
      await refreshAll(deps);
    } catch (error) {
      console.warn(`fulcrum: the automatic refresh of your feeds failed: ${String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void check(), deps.checkEveryMs ?? 60_000);
  timer.unref();
  void check();
  return () => clearInterval(timer);
}
