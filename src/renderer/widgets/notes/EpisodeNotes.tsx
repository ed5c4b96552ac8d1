// The episode page's "Your notes": the notes taken at its moments, in the order heard, with the
// lessons made of them; the one a search hit opened (`?note=`) is marked and scrolled to.
import { useEffect } from 'react';
import { useClient } from '../../transport/connection';
import { Loaded } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { useLessonIndex } from '../../widgets/useLessonIndex';
import { NoteList } from './NoteCard';
import { useReloadOnNoteChanges } from './notesContext';
import './notes.css';

export function EpisodeNotes({ episodeId, highlightId, onTakeNote }: { episodeId: string; highlightId: string | null; onTakeNote: () => void }) {
  const client = useClient();
  const notes = useLoad(`episode-notes:${episodeId}`, () => client.notes.list({ episodeId }), { marksReady: false });
  useReloadOnNoteChanges(notes.reload);
  const lessons = useLessonIndex();
  const ready = notes.status === 'ready';

  useEffect(() => {
    if (ready && highlightId) document.querySelector(`[data-note-id="${CSS.escape(highlightId)}"]`)?.scrollIntoView({ block: 'center' });
  }, [ready, highlightId]);

  return (
    <section aria-labelledby="your-notes-heading" className="episode-notes">
      <h2 id="your-notes-heading">Your notes</h2>
      <Loaded load={notes} loadingLabel="Loading your notes…">
        {(list) =>
          list.length === 0 ? (
            <p className="muted">
              No notes yet. Press <kbd>N</kbd> while listening, or{' '}
              <button type="button" className="link-button" onClick={onTakeNote}>
                take a note now
              </button>
              .
            </p>
          ) : (
            <NoteList notes={list} lessons={lessons.status === 'ready' ? lessons.value : null} showEpisode={false} highlightId={highlightId} />
          )
        }
      </Loaded>
    </section>
  );
}
