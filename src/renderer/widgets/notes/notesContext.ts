// What the notes feature offers the rest of the app: take a note at a moment (the player's N key,
// a transcript line), edit one, make a lesson of a note or a passage, and a revision number that
// changes after each of those, so lists of notes and lessons load again.
import { createContext, useContext, useEffect } from 'react';
import type { EpisodeNote } from '../../../shared/contract';
import type { NoteMoment } from '../../player/playerContext';

/** A moment of an episode to take a note at, with the words spoken then (null without a transcript). */
export type MomentToNote = NoteMoment;

/** Where a lesson of the leader's own comes from: a note, or words of an episode (a transcript or show-notes passage). */
export type LessonSource = { note: EpisodeNote } | { episodeId: string; episodeTitle: string; at: number | null; quote: string };

export interface NotesApi {
  /** Opens the note dialog at the moment; `afterClose` runs when it closes, saved or not. */
  takeNote: (moment: MomentToNote, afterClose?: () => void) => void;
  editNote: (note: EpisodeNote) => void;
  makeLesson: (source: LessonSource) => void;
  /** Tells lists that notes or lessons changed elsewhere (a note deleted from a list, say). */
  changed: () => void;
  revision: number;
}

export const NotesContext = createContext<NotesApi | null>(null);

export function useNotes(): NotesApi {
  const api = useContext(NotesContext);
  if (!api) throw new Error('useNotes is used outside NotesProvider');
  return api;
}

/** Loads again (quietly, keeping what is shown) whenever a note or a lesson of one's own changed. */
export function useReloadOnNoteChanges(reload: () => void): void {
  const { revision } = useNotes();
  useEffect(() => {
    if (revision > 0) reload();
  }, [revision, reload]);
}
