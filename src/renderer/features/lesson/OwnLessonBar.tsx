// What a lesson of the leader's own adds to its page: playing the moment it was heard at, and
// editing or deleting it. A lesson that actions, entries, notes or briefs use is kept, and the core
// says why in words.
import { useState } from 'react';
import { clockTime } from '../../../shared/clockTime';
import type { PersonalLesson } from '../../../shared/contract';
import { navigate } from '../../navigation/hashLocation';
import { useClient } from '../../transport/connection';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';
import { LessonFromMoment } from '../../widgets/notes/LessonFromMoment';
import { useNotes } from '../../widgets/notes/notesContext';
import { usePlayMoment } from '../../widgets/notes/usePlayMoment';

export function OwnLessonBar({ lesson, onChanged }: { lesson: PersonalLesson; onChanged: () => void }) {
  const client = useClient();
  const toast = useToast();
  const notes = useNotes();
  const playMoment = usePlayMoment();
  const [editing, setEditing] = useState(false);
  const { episodeId, at } = lesson.source;

  const remove = async () => {
    if (!window.confirm(`Delete your lesson “${lesson.title}”? This cannot be undone.`)) return;
    try {
      await client.lessons.delete({ id: lesson.id });
      notes.changed();
      toast({ message: `Your lesson “${lesson.title}” was deleted.`, tone: 'success' });
      navigate('/library');
    } catch (error) {
      toast({ message: errorText(error), tone: 'error', duration: 10_000 });
    }
  };

  return (
    <section className="own-lesson-bar" aria-label="Your lesson">
      <p className="own-lesson-origin">
        <span className="own-lesson-badge">Your lesson</span> You wrote it; edit it as it grows.
      </p>
      <div className="own-lesson-buttons">
        {episodeId && (
          <button type="button" className="button button-small" onClick={() => playMoment(episodeId, at ?? 0)}>
            <span aria-hidden="true">▶</span> Play {at !== null ? `from ${clockTime(at)}` : 'the episode'}
          </button>
        )}
        <button type="button" className="button button-small" onClick={() => setEditing(true)}>
          Edit
        </button>
        <button type="button" className="button button-small button-danger-quiet" onClick={() => void remove()}>
          Delete
        </button>
      </div>
      {editing && (
        <LessonFromMoment
          source={null}
          lesson={lesson}
          onDone={(saved) => {
            setEditing(false);
            if (saved) {
              notes.changed();
              onChanged();
              toast({ message: 'Your lesson was saved.', tone: 'success' });
            }
          }}
        />
      )}
    </section>
  );
}
