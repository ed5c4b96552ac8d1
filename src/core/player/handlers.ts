// The player namespace: the up-next queue (as episode summaries, in order) and the listening
// preferences. Where each episode stopped and whether it was played are the episodes' own.
import type { OperationsOf, PlayerState } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import { episodeSummary } from '../feeds/episodeSummary';
import type { FeedStore } from '../feeds/feedStore';
import type { PlayerPreferencesStore } from './playerPreferences';
import type { PlayerQueue } from './playerQueue';

export interface PlayerDeps {
  queue: PlayerQueue;
  preferences: PlayerPreferencesStore;
  feeds: FeedStore;
}

export function playerHandlers(d: PlayerDeps): Handlers<OperationsOf<'player'>> {
  const state = (): PlayerState => ({
    queue: d.queue.ids().flatMap((id) => {
      const episode = d.feeds.findEpisode(id);
      return episode ? [episodeSummary(episode)] : [];
    }),
    preferences: d.preferences.read(),
  });
  return {
    'player.state': () => state(),
    'player.enqueue': ({ episodeId, next }) => {
      d.queue.enqueue(episodeId, next);
      return state();
    },
    'player.setQueue': ({ episodeIds }) => {
      d.queue.setOrder(episodeIds);
      return state();
    },
    'player.setPreferences': (change) => {
      d.preferences.update(change);
      return state();
    },
  };
}
