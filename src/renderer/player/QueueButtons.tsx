// "Play next" and "Add to queue" for one episode, wherever an episode is listed or shown. The
// button's name ends with the episode's title, so each one says which episode it queues.
import { usePlayer } from './playerContext';

export function QueueButtons({ episode, size = 'small' }: { episode: { id: string; title: string }; size?: 'small' | 'normal' }) {
  const player = usePlayer();
  if (player.episode?.id === episode.id) return null; // it is the one playing
  const className = size === 'small' ? 'button button-small button-quiet' : 'button';
  return (
    <>
      <button type="button" className={className} aria-label={`Play next: ${episode.title}`} onClick={() => void player.enqueue(episode.id, true)}>
        Play next
      </button>
      <button type="button" className={className} aria-label={`Add to queue: ${episode.title}`} onClick={() => void player.enqueue(episode.id, false)}>
        Add to queue
      </button>
    </>
  );
}
