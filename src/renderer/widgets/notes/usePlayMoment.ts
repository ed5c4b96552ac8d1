// Going to a moment of an episode: the episode page, scrolled to what is said then.
import { navigate } from '../../navigation/hashLocation';

export function usePlayMoment(): (episodeId: string, at: number) => void {
  return (episodeId, at) => navigate(`/episode/${encodeURIComponent(episodeId)}?t=${at}`);
}
