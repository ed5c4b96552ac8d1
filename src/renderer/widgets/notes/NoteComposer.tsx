// Writing a note at a moment of an episode: the moment (editable), the leader's words (pre-filled
// with what is said then), and optionally the lesson and the person it is about. Used to take a note
// (N while listening, "Note" on a transcript line) and to edit one. Ctrl+Enter saves.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { clockTime } from '../../../shared/clockTime';
import type { EpisodeNote } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { errorText, useLoad } from '../../ui/useLoad';
import { LessonPicker } from '../../widgets/LessonPicker';
import { ModalForm } from '../../widgets/ModalDialog';
import { useLessonIndex } from '../../widgets/useLessonIndex';
import type { MomentToNote } from './notesContext';
import { prefilledText } from './noteWords';

export function NoteComposer({ moment, note, onDone }: { moment: MomentToNote | null; note: EpisodeNote | null; onDone: (saved: EpisodeNote | null) => void }) {
  const client = useClient();
  const episodeId = note?.episodeId ?? moment?.episodeId ?? '';
  const [at, setAt] = useState(clockTime(note?.at ?? moment?.at ?? 0));
  const [text, setText] = useState(note?.text ?? prefilledText(moment?.cue ?? null));
  const [lessonId, setLessonId] = useState<string | null>(note?.lessonId ?? null);
  const [personId, setPersonId] = useState<string>(note?.personId ?? '');
  const [error, setError] = useState('');
  const ids = useId();
  const textArea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    // Ready to type after the quoted words.
    const element = textArea.current;
    element?.focus();
    element?.setSelectionRange(element.value.length, element.value.length);
  }, []);
  const [saving, setSaving] = useState(false);
  const context = useLoad(`note-composer:${episodeId}`, async () => {
    const [episode, people] = await Promise.all([client.episodes.get({ id: episodeId }), client.people.list({ includeArchived: false })]);
    return { title: episode.title, people };
  }, { marksReady: false });
  const lessons = useLessonIndex();
  const lesson = lessonId && lessons.status === 'ready' ? lessons.value.get(lessonId) : undefined;

  const save = async () => {
    setSaving(true);
    setError('');
    try {
      const fields = { at, text, lessonId, personId: personId || null };
      const saved = note ? await client.notes.update({ id: note.id, ...fields }) : await client.notes.create({ episodeId, ...fields });
      onDone(saved);
    } catch (problem) {
      setError(errorText(problem));
      setSaving(false);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  const title = note ? 'Edit the note' : `Note at ${at}`;
  const people = context.status === 'ready' ? context.value.people : [];
  return (
    <ModalForm
      title={title}
      subtitle={context.status === 'ready' ? context.value.title : '\u00a0'}
      className="note-composer"
      error={error}
      notSaved="The note was not saved."
      saving={saving}
      saveLabel={note ? 'Save the note' : 'Save note'}
      saveShortcut="Control+Enter"
      onSubmit={() => void save()}
      onCancel={() => onDone(null)}
    >
      <div onKeyDown={onKeyDown}>
        <div className="field note-moment">
          <label className="field-label" htmlFor={`${ids}-at`}>
            At
          </label>
          <input id={`${ids}-at`} type="text" inputMode="numeric" value={at} onChange={(event) => setAt(event.target.value)} aria-describedby={`${ids}-at-hint`} required />
          <span className="field-hint" id={`${ids}-at-hint`}>
            The moment in the episode, like 12:34 or 1:02:03.
          </span>
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-text`}>
            Note
          </label>
          <textarea
            id={`${ids}-text`}
            value={text}
            ref={textArea}
            aria-describedby={`${ids}-text-hint`}
            onChange={(event) => setText(event.target.value)}
            required
          />
          <span className="field-hint" id={`${ids}-text-hint`}>
            What you heard, and what you will do with it. Markdown works; Ctrl+Enter saves.
          </span>
        </div>
        <div className="note-about">
          <label className="field">
            <span className="field-label">About a person</span>
            <select value={personId} onChange={(event) => setPersonId(event.target.value)}>
              <option value="">Nobody in particular</option>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.name}
                </option>
              ))}
            </select>
          </label>
          <div className="field">
            <span className="field-label">About a lesson</span>
            {lessonId ? (
              <p className="note-lesson-chosen">
                <span>{lesson?.lesson.title ?? lessonId}</span>
                <button type="button" className="button button-small" onClick={() => setLessonId(null)} aria-label={`Unlink the lesson “${lesson?.lesson.title ?? lessonId}”`}>
                  Unlink
                </button>
              </p>
            ) : (
              <LessonPicker exclude={[]} onPick={setLessonId} label="Find a lesson" />
            )}
          </div>
        </div>
      </div>
    </ModalForm>
  );
}
