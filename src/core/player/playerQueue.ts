// The up-next queue in SQLite: episode ids in the order the leader wants them played. Every change
// rewrites the whole order in one transaction (it holds at most a few hundred ids), so positions
// stay 0, 1, 2… without gaps.
import { FulcrumError } from '../../shared/errors';
import type { FeedStore } from '../feeds/feedStore';
import { SqlStore, type Storage } from '../storage/storage';

/** The most episodes the queue holds (the contract's limit for `player.setQueue`). */
export const queueLimit = 500;

export class PlayerQueue extends SqlStore {
  readonly #feeds: FeedStore;

  constructor(storage: Storage, now: () => Date, feeds: FeedStore) {
    super(storage, now);
    this.#feeds = feeds;
  }

  /** The queued episode ids, first to play first. */
  ids(): string[] {
    return (this.db.prepare('SELECT episode_id FROM player_queue ORDER BY position').all() as Array<{ episode_id: string }>).map((row) => row.episode_id);
  }

  /** Adds an episode last, or next; one already queued moves there. */
  enqueue(episodeId: string, next: boolean): void {
    this.storage.transaction(() => {
      this.#feeds.episode(episodeId); // a plain "there is no episode" when it does not exist
      const others = this.ids().filter((id) => id !== episodeId);
      if (others.length >= queueLimit) {
        throw new FulcrumError('conflict', `Your up-next queue already holds ${queueLimit} episodes, the most it can. Remove some, then add this one again.`);
      }
      this.#write(next ? [episodeId, ...others] : [...others, episodeId]);
    });
  }

  /** Puts the queue in this order; episodes left out leave it. Only queued episodes may be named, each once. */
  setOrder(episodeIds: readonly string[]): void {
    this.storage.transaction(() => {
      const queued = new Set(this.ids());
      const seen = new Set<string>();
      for (const id of episodeIds) {
        if (seen.has(id)) throw new FulcrumError('invalid-input', `The new order names the episode "${id}" twice. Name each queued episode once; nothing was changed.`);
        if (!queued.has(id)) throw new FulcrumError('invalid-input', `The episode "${id}" is not in your up-next queue, so it cannot be placed in it. Add it to the queue first; nothing was changed.`);
        seen.add(id);
      }
      this.#write(episodeIds);
    });
  }

  #write(episodeIds: readonly string[]): void {
    this.db.prepare('DELETE FROM player_queue').run();
    const insert = this.db.prepare('INSERT INTO player_queue (episode_id, position) VALUES (?, ?)');
    episodeIds.forEach((id, position) => insert.run(id, position));
  }
}
