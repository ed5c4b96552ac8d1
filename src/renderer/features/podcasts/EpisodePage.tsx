// One episode: when and how long, who is in it, the show notes (sanitized; remote images shown as
// words), its chapters with their times, and its transcript with speakers and times. Opened at a
// time (`?t=754`, from a search hit), the passage spoken then is scrolled to and marked.
import { useEffect, useRef } from 'react';
import { Link } from 'wouter';
import { cueAt } from '../../../shared/transcriptCues';
import { useClient } from '../../transport/connection';
import { DownloadControl } from './DownloadControl';
import { EpisodeAudio } from './EpisodeAudio';
import { ContentHtml } from '../../ui/ContentHtml';
import { clockTime as formatClock } from '../../../shared/clockTime';
import { formatDay, formatLength } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { usePageTitle } from '../../ui/usePageTitle';
import { EntryLinkList } from '../../widgets/EntryLinkList';
import { ActionRow } from '../../widgets/ActionBits';
import { useToday } from '../../ui/useToday';
import { EpisodeNotes } from '../../widgets/notes/EpisodeNotes';
import { useNotes } from '../../widgets/notes/notesContext';
import { SelectionActions } from '../../widgets/notes/SelectionActions';
import './podcasts.css';

export function EpisodePage({ id, at, noteId = null }: { id: string; at: number | null; noteId?: string | null }) {
  const client = useClient();
  const notes = useNotes();
  const episode = useLoad(`episode:${id}`, async () => {
    const detail = await client.episodes.get({ id });
    if (detail.isNew) void client.episodes.mark({ id }).catch(() => undefined); // opened: no longer new
    return detail;
  });
  usePageTitle(episode.status === 'ready' ? episode.value.title : 'Episode');
  const marked = useRef<HTMLLIElement>(null);
  const today = useToday();

  const transcript = episode.status === 'ready' ? episode.value.transcript : null;
  const markedIndex = transcript && at !== null ? cueAt(transcript, at) : -1;
  useEffect(() => {
    if (markedIndex >= 0) marked.current?.scrollIntoView({ block: 'center' });
  }, [markedIndex]);

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
                <EpisodeAudio episode={e} startAt={at} />
                <DownloadControl episodeId={e.id} />
              </section>
            )}
            <EpisodeNotes episodeId={e.id} highlightId={noteId} onTakeNote={() => notes.takeNote({ episodeId: e.id, at: Math.floor(e.positionSeconds), cue: null })} />
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
                <h2 id="backlinks-heading">Your notes about it</h2>
                <EntryLinkList entries={e.backlinks} />
              </section>
            )}
            {e.chapters.length > 0 && (
              <section aria-labelledby="chapters-heading">
                <h2 id="chapters-heading">Chapters</h2>
                <ol className="chapter-list">
                  {e.chapters.map((chapter) => (
                    <li key={`${chapter.start}:${chapter.title}`}>
                      <time className="cue-time">{formatClock(chapter.start)}</time> {chapter.title}
                    </li>
                  ))}
                </ol>
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
                <ol className="transcript" data-lesson-source="transcript">
                  {e.transcript.map((cue, index) => (
                    <li key={`${cue.start}:${index}`} data-cue-start={cue.start} ref={index === markedIndex ? marked : undefined} className={index === markedIndex ? 'cue cue-marked' : 'cue'} aria-current={index === markedIndex ? 'true' : undefined}>
                      <time className="cue-time">{formatClock(cue.start)}</time>
                      {cue.speaker && <span className="cue-speaker">{cue.speaker}</span>}
                      <span className="cue-text">{cue.text}</span>
                      <button type="button" className="cue-note link-button" onClick={() => notes.takeNote({ episodeId: e.id, at: Math.floor(cue.start), cue: cue.text })} aria-label={`Take a note at ${formatClock(cue.start)}`}>
                        Note
                      </button>
                    </li>
                  ))}
                </ol>
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
