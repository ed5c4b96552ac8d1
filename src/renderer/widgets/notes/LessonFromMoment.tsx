// Making a lesson of one's own from a note or from words of an episode: the leader's title, mode,
// tags and words (a note's words to start with), saved into the library's "Your lessons". Also
// edits a lesson of one's own (then there is no source to show).
import { useId, useState } from 'react';
import { lessonModes, type LessonMode, type PersonalLesson } from '../../../shared/contract';
import { clockTime } from '../../../shared/clockTime';
import { useClient } from '../../transport/connection';
import { modeLabel } from '../../ui/ModeBadge';
import { errorText } from '../../ui/useLoad';
import { ModalForm } from '../../widgets/ModalDialog';
import type { LessonSource } from './notesContext';
import { tagsOf } from './noteWords';

const modeHints: Record<LessonMode, string> = {
  ask: 'something to ask of people, with their how, when and help',
  share: 'something to share, with no strings attached',
  mandate: 'a requirement, for when an ask did not achieve it',
};

function sourceLine(source: LessonSource): string {
  if ('note' in source) return `From your note at ${clockTime(source.note.at)} in “${source.note.episodeTitle}”`;
  return `From “${source.episodeTitle}”${source.at !== null ? ` at ${clockTime(source.at)}` : ', its show notes'}`;
}

export function LessonFromMoment({ source, lesson, onDone }: { source: LessonSource | null; lesson: PersonalLesson | null; onDone: (saved: PersonalLesson | null) => void }) {
  const client = useClient();
  const [title, setTitle] = useState(lesson?.title ?? '');
  const [mode, setMode] = useState<LessonMode | ''>(lesson?.mode ?? 'ask');
  const [tags, setTags] = useState(lesson?.tags.join(', ') ?? '');
  const [body, setBody] = useState(lesson?.body ?? (source && 'note' in source ? source.note.text : ''));
  const [error, setError] = useState('');
  const ids = useId();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    setError('');
    try {
      const fields = { title, mode: mode || null, tags: tagsOf(tags), body };
      const from = !source ? null : 'note' in source ? { noteId: source.note.id } : { episodeId: source.episodeId, at: source.at, quote: source.quote };
      onDone(lesson ? await client.lessons.update({ id: lesson.id, ...fields }) : await client.lessons.create({ ...fields, from }));
    } catch (problem) {
      setError(errorText(problem));
      setSaving(false);
    }
  };

  const quote = source && !('note' in source) ? source.quote : null;
  return (
    <ModalForm
      title={lesson ? 'Edit your lesson' : 'Make it a lesson of your own'}
      subtitle={source ? sourceLine(source) : undefined}
      className="lesson-from-moment"
      error={error}
      notSaved="The lesson was not saved."
      saving={saving}
      saveLabel={lesson ? 'Save the lesson' : 'Save as a lesson'}
      onSubmit={() => void save()}
      onCancel={() => onDone(null)}
    >
        {quote && <blockquote className="lesson-quote">{quote}</blockquote>}
        <label className="field">
          <span className="field-label">Title</span>
          <input type="text" value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={200} autoFocus placeholder="The lesson in a few words" />
        </label>
        <fieldset className="field lesson-modes">
          <legend className="field-label">How you will use it</legend>
          {lessonModes.map((value) => (
            <label key={value} className="lesson-mode-choice">
              <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
              <span>
                <strong>{modeLabel(value)}</strong> <span className="field-hint">{modeHints[value]}</span>
              </span>
            </label>
          ))}
          <label className="lesson-mode-choice">
            <input type="radio" name="mode" value="" checked={mode === ''} onChange={() => setMode('')} />
            <span>
              <strong>No mode</strong> <span className="field-hint">an idea to keep</span>
            </span>
          </label>
        </fieldset>
        <label className="field">
          <span className="field-label">Your words</span>
          <textarea value={body} onChange={(event) => setBody(event.target.value)} placeholder="What the lesson is, in your words, and how you will apply it." />
        </label>
        <div className="field">
          <label className="field-label" htmlFor={`${ids}-tags`}>
            Tags
          </label>
          <input id={`${ids}-tags`} type="text" value={tags} onChange={(event) => setTags(event.target.value)} placeholder="close dates, forecasting" aria-describedby={`${ids}-tags-hint`} />
          <span className="field-hint" id={`${ids}-tags-hint`}>
            Separated by commas; they filter the library like the bundled lessons’ tags.
          </span>
        </div>
    </ModalForm>
  );
}
