// One podcast episode in a list: its title (to its page), the show when asked, its date and length,
// whether it is new or unplayed, and what it offers (transcript, chapters); and what can be done
// with it: play (or resume), play next, add to the queue, mark played or unplayed.
import { Link } from 'wouter';
import { clockTime } from '../../shared/clockTime';
import type { EpisodeSummary } from '../../shared/contract';
import { PlayedButton } from '../player/PlayedButton';
import { playedOf, usePlayer } from '../player/playerContext';
import { QueueButtons } from '../player/QueueButtons';
import { formatDay, formatLength } from '../ui/formatDate';
import './episode-row.css';

export function EpisodeRow({ episode, showShow = false }: { episode: EpisodeSummary; showShow?: boolean }) {
  const player = usePlayer();
  const played = playedOf(player, episode);
  const playing = player.episode?.id === episode.id;
  const queued = player.queue.some((other) => other.id === episode.id);
  const resumeAt = !played && episode.positionSeconds > 0 ? episode.positionSeconds : 0;
  const playLabel = resumeAt > 0 ? `Resume from ${clockTime(resumeAt)}` : 'Play';
  return (
    <li className={`episode-row ${played ? 'played' : ''}`}>
      <span className="episode-name">
        {showShow && <span className="episode-show">{episode.showTitle}</span>}
        <Link href={`/episode/${episode.id}`} className="episode-title">
          {episode.title}
        </Link>
      </span>
      <span className="episode-meta">
        {episode.isNew && <span className="new-badge">New</span>}
        {episode.publishedAt && <time dateTime={episode.publishedAt}>{formatDay(episode.publishedAt.slice(0, 10))}</time>}
        {episode.durationSeconds !== null && <span>{formatLength(episode.durationSeconds)}</span>}
        {episode.hasTranscript && <span className="extra-badge">Transcript</span>}
        {episode.hasChapters && <span className="extra-badge">Chapters</span>}
        {!played && <span className="sr-only">Unplayed</span>}
      </span>
      {episode.enclosureUrl && (
        <span className="episode-row-actions">
          {playing ? (
            <span className="episode-playing">{player.paused ? 'Paused in the player' : 'Playing now'}</span>
          ) : (
            <button type="button" className="button button-small" aria-label={`${playLabel}: ${episode.title}`} onClick={() => void player.playAt(episode.id, resumeAt)}>
              <span aria-hidden="true">▶</span> {playLabel}
            </button>
          )}
          <QueueButtons episode={episode} />
          <PlayedButton episode={episode} />
          {queued && <span className="extra-badge">In your queue</span>}
        </span>
      )}
    </li>
  );
}
