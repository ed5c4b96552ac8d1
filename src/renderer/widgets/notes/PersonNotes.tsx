// The notes taken while listening that are about one person, newest first (on their page).
import { useClient } from '../../transport/connection';
import { useLoad } from '../../ui/useLoad';
import { useLessonIndex } from '../../widgets/useLessonIndex';
import { NoteList } from './NoteCard';
import { useReloadOnNoteChanges } from './notesContext';
import './notes.css';

export function PersonNotes({ personId }: { personId: string }) {
  const client = useClient();
  const notes = useLoad(`person-notes:${personId}`, () => client.notes.list({ personId }), { marksReady: false });
  useReloadOnNoteChanges(notes.reload);
  const lessons = useLessonIndex();
  if (notes.status !== 'ready' || notes.value.length === 0) return null;
  return (
    <section className="person-notes" aria-labelledby="person-notes-heading">
      <h2 id="person-notes-heading">Notes from episodes</h2>
      <NoteList notes={notes.value} lessons={lessons.status === 'ready' ? lessons.value : null} showEpisode />
    </section>
  );
}
