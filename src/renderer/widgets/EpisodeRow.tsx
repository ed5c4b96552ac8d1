// One podcast episode in a list: its title (to its page), the show when asked, its date and length,
// whether it is new or unplayed, and what it offers (transcript, chapters).
import { Link } from 'wouter';
import type { EpisodeSummary } from '../../shared/contract';
import { formatDay, formatLength } from '../ui/formatDate';
import './episode-row.css';

export function EpisodeRow({ episode, showShow = false }: { episode: EpisodeSummary; showShow?: boolean }) {
  return (
    <li className={`episode-row ${episode.played ? 'played' : ''}`}>
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
        {!episode.played && <span className="sr-only">Unplayed</span>}
      </span>
    </li>
  );
}
