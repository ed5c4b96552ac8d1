// Playing from a moment of an episode (a note's time, a lesson's "Play from 1:10"): in the app's one
// player, which keeps playing while the leader browses.
import { usePlayer } from '../../player/playerContext';

export function usePlayMoment(): (episodeId: string, at: number) => void {
  const player = usePlayer();
  return (episodeId, at) => void player.playAt(episodeId, at);
}
