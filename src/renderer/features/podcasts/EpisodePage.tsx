// One episode: when and how long, who is in it, listening to it (the app's one player), the show
// notes (sanitized; remote images shown as words), its chapters and its transcript with speakers
// and times, both following the playback. Opened at a time (`?t=754`, from a search hit), the
// passage spoken then is scrolled to and marked, and Play starts there.
import { Link } from 'wouter';
import { useClient } from '../../transport/connection';
import { EpisodeChapters } from './EpisodeChapters';
import { EpisodeListen } from './EpisodeListen';
import { EpisodeTranscript } from './EpisodeTranscript';
import { ContentHtml } from '../../ui/ContentHtml';
import { formatDay, formatLength } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { usePageTitle } from '../../ui/usePageTitle';
import { EntryLinkList } from '../../widgets/EntryLinkList';
import { ActionRow } from '../../widgets/ActionBits';
import { useToday } from '../../ui/useToday';
import { EpisodeNotes } from '../../widgets/notes/EpisodeNotes';
import { usePlayer, type NoteMoment } from '../../player/playerContext';
import { cueAt } from '../../../shared/transcriptCues';
import type { EpisodeDetail } from '../../../shared/contract';
import { SelectionActions } from '../../widgets/notes/SelectionActions';
import './podcasts.css';

/** A moment of the episode, with the transcript line spoken then. */
function momentOf(episode: EpisodeDetail, seconds: number): NoteMoment {
  const at = Math.floor(seconds);
  const index = episode.transcript ? cueAt(episode.transcript, at) : -1;
  return { episodeId: episode.id, at, cue: index >= 0 ? (episode.transcript?.[index]?.text ?? null) : null };
}

export function EpisodePage({ id, at, noteId = null }: { id: string; at: number | null; noteId?: string | null }) {
  const client = useClient();
  const player = usePlayer();
  const episode = useLoad(`episode:${id}`, async () => {
    const detail = await client.episodes.get({ id });
    if (detail.isNew) void client.episodes.mark({ id }).catch(() => undefined); // opened: no longer new
    return detail;
  });
  usePageTitle(episode.status === 'ready' ? episode.value.title : 'Episode');
  const today = useToday();

  return (
    <div className="page page-reading episode-page">
      <Loaded load={episode} loadingLabel="Loading the episode…">
        {(e) => (
          <>
            <header className="episode-header">
              <p className="eyebrow">{e.feedId ? <Link href={`/podcasts/${e.feedId}`}>{e.showTitle}</Link> : <span>{e.showTitle}</span>}</p>
              <h1>{e.title}</h1>
              <p className="muted">
                {[e.publishedAt && formatDay(e.publishedAt.slice(0, 10)), e.durationSeconds !== null && formatLength(e.durationSeconds), e.season !== null && `Season ${e.season}`, e.episode !== null && `Episode ${e.episode}`].filter(Boolean).join(' · ')}
              </p>
              {e.people.length > 0 && (
                <p className="episode-people">
                  {e.people.map((person) => `${person.name} (${person.role})`).join(', ')}
                </p>
              )}
              <div className="header-buttons">
                <Link href={`/journal/new?episode=${encodeURIComponent(e.id)}`} className="button button-primary">
                  Write about it
                </Link>
                <Link href={`/actions/new?episode=${encodeURIComponent(e.id)}`} className="button">
                  Apply it: ask, share or mandate…
                </Link>
                {e.link && (
                  <a href={e.link} target="_blank" rel="noopener noreferrer" className="button">
                    The episode’s web page
                  </a>
                )}
              </div>
            </header>
            {e.enclosureUrl && (
              <section aria-labelledby="listen-heading" className="episode-listen">
                <h2 id="listen-heading">Listen</h2>
                <EpisodeListen episode={e} startAt={at} />
              </section>
            )}
            <EpisodeNotes episodeId={e.id} highlightId={noteId} onTakeNote={() => (player.episode?.id === e.id ? player.noteHere() : player.captureNote(momentOf(e, e.positionSeconds)))} />
            <SelectionActions episodeId={e.id} episodeTitle={e.title} />
            {e.actions.length > 0 && (
              <section aria-labelledby="applied-heading">
                <h2 id="applied-heading">Applied with your people</h2>
                <div className="episode-actions">
                  {e.actions.map((action) => (
                    <ActionRow key={action.id} action={action} today={today} />
                  ))}
                </div>
              </section>
            )}
            {e.backlinks.length > 0 && (
              <section aria-labelledby="backlinks-heading">
                <h2 id="backlinks-heading">Journal entries about it</h2>
                <EntryLinkList entries={e.backlinks} />
              </section>
            )}
            {e.chapters.length > 0 && (
              <section aria-labelledby="chapters-heading">
                <h2 id="chapters-heading">Chapters</h2>
                <EpisodeChapters episodeId={e.id} chapters={e.chapters} playable={e.enclosureUrl !== null} />
              </section>
            )}
            <section aria-labelledby="notes-heading">
              <h2 id="notes-heading">Show notes</h2>
              {e.notesHtml ? (
                <div data-lesson-source="show-notes">
                  <ContentHtml html={e.notesHtml} />
                </div>
              ) : (
                <p className="muted">The feed gives no notes for this episode.</p>
              )}
            </section>
            <section aria-labelledby="transcript-heading">
              <h2 id="transcript-heading">Transcript</h2>
              {e.transcript ? (
                <EpisodeTranscript episodeId={e.id} cues={e.transcript} markedAt={at} playable={e.enclosureUrl !== null} />
              ) : (
                <p className="muted">{e.hasTranscript ? 'The transcript could not be read.' : 'The feed offers no transcript for this episode.'}</p>
              )}
            </section>
          </>
        )}
      </Loaded>
    </div>
  );
}
