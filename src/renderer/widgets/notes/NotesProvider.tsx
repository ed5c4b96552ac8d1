// Holds the note and lesson dialogs for the whole app, so a note can be taken wherever the leader
// is (the player keeps playing across pages), and says what was saved with a way onward.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { EpisodeNote, PersonalLesson } from '../../../shared/contract';
import { momentLabel } from '../../../shared/clockTime';
import { navigate } from '../../navigation/hashLocation';
import { useToast } from '../../ui/Toasts';
import { LessonFromMoment } from './LessonFromMoment';
import { applyRoute } from './noteWords';
import { NoteComposer } from './NoteComposer';
import { NotesContext, type LessonSource, type MomentToNote, type NotesApi } from './notesContext';

type Open = { type: 'note'; moment: MomentToNote | null; note: EpisodeNote | null; afterClose?: (() => void) | undefined } | { type: 'lesson'; source: LessonSource } | null;

export function NotesProvider({ children }: { children: ReactNode }) {
  const toast = useToast();
  const [open, setOpen] = useState<Open>(null);
  const [revision, setRevision] = useState(0);
  const changed = useCallback(() => setRevision((n) => n + 1), []);
  // The same function for the app's life: the player's actions hold it.
  const takeNote = useCallback<NotesApi['takeNote']>((moment, afterClose) => setOpen({ type: 'note', moment, note: null, afterClose }), []);

  const api = useMemo<NotesApi>(
    () => ({
      takeNote,
      editNote: (note) => setOpen({ type: 'note', moment: null, note }),
      makeLesson: (source) => setOpen({ type: 'lesson', source }),
      changed,
      revision,
    }),
    [changed, revision, takeNote],
  );

  const noteSaved = (note: EpisodeNote | null, wasNew: boolean, afterClose?: () => void) => {
    setOpen(null);
    afterClose?.();
    if (!note) return;
    changed();
    toast({
      message: `${wasNew ? 'Note saved' : 'Note updated'}: ${momentLabel(note.episodeTitle, note.at)}.`,
      tone: 'success',
      action: { label: 'Make it a lesson', onAction: () => setOpen({ type: 'lesson', source: { note } }) },
    });
  };
  const lessonSaved = (lesson: PersonalLesson | null) => {
    setOpen(null);
    if (!lesson) return;
    changed();
    navigate(`/lesson/${lesson.id}`);
    toast({
      message: `“${lesson.title}” is in your lessons now.`,
      tone: 'success',
      action: { label: 'Apply it', onAction: () => navigate(applyRoute(lesson.id, lesson.source)) },
    });
  };

  return (
    <NotesContext.Provider value={api}>
      {children}
      {open?.type === 'note' && <NoteComposer moment={open.moment} note={open.note} onDone={(note) => noteSaved(note, open.note === null, open.afterClose)} />}
      {open?.type === 'lesson' && <LessonFromMoment source={open.source} lesson={null} onDone={lessonSaved} />}
    </NotesContext.Provider>
  );
}
