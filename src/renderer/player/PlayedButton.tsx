// Marks an episode played or unplayed, as this session last left it (changed by the leader, or by
// the episode ending in the player). The button says what it does; its name ends with the title.
import type { EpisodeSummary } from '../../shared/contract';
import { playedOf, usePlayer } from './playerContext';

export function PlayedButton({ episode, size = 'small' }: { episode: Pick<EpisodeSummary, 'id' | 'title' | 'played'>; size?: 'small' | 'normal' }) {
  const player = usePlayer();
  const played = playedOf(player, episode);
  return (
    <button type="button" className={size === 'small' ? 'button button-small button-quiet' : 'button'} aria-label={`${played ? 'Mark unplayed' : 'Mark played'}: ${episode.title}`} onClick={() => void player.markPlayed(episode.id, !played)}>
      {played ? 'Mark unplayed' : 'Mark played'}
    </button>
  );
}
