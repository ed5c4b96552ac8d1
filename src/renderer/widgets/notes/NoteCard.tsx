// One note at a moment: the time (which plays the episode from there), the leader's words, what it
// is about and what was made of it, and what can be done with it: edit, make a lesson, apply it with
// someone, delete (with Undo).
import { Link } from 'wouter';
import { clockTime } from '../../../shared/clockTime';
import type { EpisodeNote } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';
import type { LessonIndex } from '../../widgets/useLessonIndex';
import { EntryBody } from '../EntryBody';
import { useNotes } from './notesContext';
import { applyRoute } from './noteWords';
import { usePlayMoment } from './usePlayMoment';

export function NoteCard({ note, lessons, showEpisode, highlighted = false }: { note: EpisodeNote; lessons: LessonIndex | null; showEpisode: boolean; highlighted?: boolean }) {
  const client = useClient();
  const toast = useToast();
  const notes = useNotes();
  const playMoment = usePlayMoment();
  const time = clockTime(note.at);
  const lessonTitle = (id: string) => lessons?.get(id)?.lesson.title ?? id;

  const remove = async () => {
    try {
      await client.notes.delete({ id: note.id });
      notes.changed();
      toast({
        message: `Note at ${time} deleted.`,
        action: {
          label: 'Undo',
          onAction: () => void client.notes.restore({ id: note.id }).then(notes.changed, (error: unknown) => toast({ message: `The note could not be brought back: ${errorText(error)}`, tone: 'error' })),
        },
      });
    } catch (error) {
      toast({ message: `The note was not deleted: ${errorText(error)}`, tone: 'error' });
    }
  };

  const madeLesson = note.lessonIdsMade[0] ?? null;
  return (
    <article className={`note-card ${highlighted ? 'note-card-marked' : ''}`} aria-label={`Note at ${time}${showEpisode ? ` in “${note.episodeTitle}”` : ''}`} aria-current={highlighted ? 'true' : undefined} data-note-id={note.id}>
      <header className="note-card-head">
        <button type="button" className="note-time" onClick={() => playMoment(note.episodeId, note.at)} aria-label={`Play “${note.episodeTitle}” from ${time}`}>
          <span aria-hidden="true">▶</span> {time}
        </button>
        {showEpisode && (
          <Link href={`/episode/${note.episodeId}?t=${note.at}&note=${note.id}`} className="note-episode">
            {note.episodeTitle}
            <span className="muted"> · {note.showTitle}</span>
          </Link>
        )}
      </header>
      <EntryBody body={note.text} headingLevel={4} className="note-text" />
      {(note.personId || note.lessonId || note.lessonIdsMade.length > 0) && (
        <p className="note-links">
          {note.personId && (
            <span>
              About <Link href={`/people/${note.personId}`}>{note.personName ?? 'a person'}</Link>
            </span>
          )}
          {note.lessonId && (
            <span>
              Lesson <Link href={`/lesson/${note.lessonId}`}>{lessonTitle(note.lessonId)}</Link>
            </span>
          )}
          {note.lessonIdsMade.map((id) => (
            <span key={id}>
              Made into <Link href={`/lesson/${id}`}>{lessonTitle(id)}</Link>
            </span>
          ))}
        </p>
      )}
      <footer className="note-card-actions">
        <button type="button" className="button button-small" onClick={() => notes.editNote(note)}>
          Edit
        </button>
        <button type="button" className="button button-small" onClick={() => notes.makeLesson({ note })}>
          Make it a lesson…
        </button>
        <Link href={applyRoute(madeLesson ?? note.lessonId, { episodeId: note.episodeId, at: note.at }, note.personId)} className="button button-small">
          Ask, share or mandate…
        </Link>
        <button type="button" className="button button-small button-danger-quiet" onClick={() => void remove()} aria-label={`Delete the note at ${time}`}>
          Delete
        </button>
      </footer>
    </article>
  );
}

/** Notes as cards; an episode's notes leave out the episode. */
export function NoteList({ notes, lessons, showEpisode, highlightId = null }: { notes: EpisodeNote[]; lessons: LessonIndex | null; showEpisode: boolean; highlightId?: string | null }) {
  return (
    <div className="note-list">
      {notes.map((note) => (
        <NoteCard key={note.id} note={note} lessons={lessons} showEpisode={showEpisode} highlighted={note.id === highlightId} />
      ))}
    </div>
  );
}
