// The player namespace: the episode last loaded, the up-next queue (as episode summaries, in order)
// and the listening preferences. Where each episode stopped and whether it was played are the episodes' own.
import type { OperationsOf, PlayerState } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import { episodeSummary } from '../feeds/episodeSummary';
import type { FeedStore } from '../feeds/feedStore';
import { FulcrumError } from '../../shared/errors';
import type { CurrentEpisodeStore, PlayerPreferencesStore } from './playerPreferences';
import type { PlayerQueue } from './playerQueue';

export interface PlayerDeps {
  queue: PlayerQueue;
  preferences: PlayerPreferencesStore;
  current: CurrentEpisodeStore;
  feeds: FeedStore;
}

export function playerHandlers(d: PlayerDeps): Handlers<OperationsOf<'player'>> {
  const summaryOf = (id: string | null) => {
    const episode = id ? d.feeds.findEpisode(id) : undefined;
    return episode ? episodeSummary(episode) : null;
  };
  const state = (): PlayerState => ({
    current: summaryOf(d.current.read()),
    queue: d.queue.ids().flatMap((id) => {
      const episode = d.feeds.findEpisode(id);
      return episode ? [episodeSummary(episode)] : [];
    }),
    preferences: d.preferences.read(),
  });
  return {
    'player.state': () => state(),
    'player.setCurrent': ({ episodeId }) => {
      if (episodeId !== null && !d.feeds.findEpisode(episodeId)) throw new FulcrumError('not-found', 'That episode is not in your library any more (its show may have been unsubscribed), so the player did not keep it.');
      d.current.write(episodeId);
      return state();
    },
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
