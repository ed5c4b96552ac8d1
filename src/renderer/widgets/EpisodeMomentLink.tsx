// "From the episode …, at 12:34": where an action came from, linked to that moment of the episode.
import { Link } from 'wouter';
import { clockTime } from '../../shared/clockTime';
import type { EpisodeMoment } from '../../shared/contract';
import { useClient } from '../transport/connection';
import { useLoad } from '../ui/useLoad';

export function EpisodeMomentLink({ moment }: { moment: EpisodeMoment }) {
  const client = useClient();
  const episode = useLoad(`episode-name:${moment.id}`, () => client.episodes.get({ id: moment.id }), { marksReady: false });
  const name = episode.status === 'ready' ? `${episode.value.showTitle}: ${episode.value.title}` : episode.status === 'error' ? 'an episode no longer in the library' : 'an episode';
  return (
    <p className="applying">
      <span className="applying-label">From</span>
      <Link href={`/episode/${encodeURIComponent(moment.id)}${moment.at !== null ? `?t=${moment.at}` : ''}`}>
        {name}
        {moment.at !== null && `, at ${clockTime(moment.at)}`}
      </Link>
    </p>
  );
}
