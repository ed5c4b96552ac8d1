// The entry form. What the user typed is never thrown away: a failed save keeps the form as it is
// and shows the core's message; leaving with unsaved changes asks first.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { JournalEntryInput } from '../../../shared/contract';
import { useConnection } from '../../app/connection';
import { navigate } from '../../navigation/hashLocation';
import { useLeaveGuard } from '../../navigation/useLeaveGuard';
import { ModeBadge } from '../../ui/ModeBadge';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';
import { LessonPicker } from './LessonPicker';
import { useDeleteEntry } from './useDeleteEntry';
import type { LessonIndex } from './useLessonIndex';

export type EntryDraft = JournalEntryInput;

interface Props {
  entryId?: string;
  initial: EntryDraft;
  lessons: LessonIndex | null;
  /** Where Cancel goes. */
  cancelTo: string;
}

const sameDraft = (a: EntryDraft, b: EntryDraft) => JSON.stringify(a) === JSON.stringify(b);

export function EntryEditor({ entryId, initial, lessons, cancelTo }: Props) {
  const { client } = useConnection();
  const toast = useToast();
  const deleteEntry = useDeleteEntry();
  const [draft, setDraft] = useState<EntryDraft>(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const bodyId = useId();
  const errorId = useId();
  const dirty = !sameDraft(draft, initial);
  useLeaveGuard(dirty, 'This entry has changes that are not saved. Leave and lose them?');

  const update = (patch: Partial<EntryDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const saved = entryId ? await client.journal.update({ id: entryId, ...draft }) : await client.journal.create(draft);
      toast({ message: 'Entry saved', tone: 'success' });
      navigate(`/journal/${saved.id}`, { replace: true, force: true });
    } catch (failure) {
      setError(errorText(failure));
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    }
  };

  const onDelete = () => {
    if (!entryId) return;
    if (dirty && !window.confirm('Delete this entry? Your unsaved changes will be lost too.')) return;
    void deleteEntry(entryId);
  };

  return (
    <form className="entry-editor" onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} noValidate aria-describedby={error ? errorId : undefined}>
      <div className="editor-row">
        <label className="field field-date">
          <span className="field-label">Date</span>
          <input type="date" value={draft.date} required onChange={(e) => update({ date: e.target.value })} />
        </label>
        <label className="field field-grow">
          <span className="field-label">Title</span>
          <input type="text" value={draft.title} maxLength={200} placeholder="A few words: who, and what about" onChange={(e) => update({ title: e.target.value })} />
        </label>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={bodyId}>
          Entry text
        </label>
        <textarea
          id={bodyId}
          value={draft.body}
          rows={10}
          aria-describedby={hintId}
          placeholder={'What did you ask, share or mandate?\nFor an ask: how will they do it, by when, and what help did they ask for?'}
          onChange={(e) => update({ body: e.target.value })}
        />
        <span id={hintId} className="field-hint">
          Markdown works here: leave a blank line between paragraphs, start a line with “- ” for a list.
        </span>
      </div>
      <fieldset className="field linked-lessons">
        <legend className="field-label">Linked lessons</legend>
        {draft.lessonIds.length > 0 && (
          <ul className="lesson-chips">
            {draft.lessonIds.map((id) => {
              const found = lessons?.get(id);
              const title = found?.lesson.title ?? id;
              return (
                <li key={id} className="lesson-chip">
                  <ModeBadge mode={found?.lesson.mode} size="small" />
                  <span className="lesson-chip-title">{title}</span>
                  <button type="button" className="chip-remove" aria-label={`Remove lesson “${title}”`} onClick={() => update({ lessonIds: draft.lessonIds.filter((l) => l !== id) })}>
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <LessonPicker exclude={draft.lessonIds} onPick={(id) => update({ lessonIds: [...draft.lessonIds, id] })} />
      </fieldset>
      {error && (
        <div id={errorId} className="form-error" role="alert">
          <strong>The entry was not saved.</strong> {error} Your text is still here.
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving} aria-busy={saving}>
          Save entry
        </button>
        <button type="button" className="button" onClick={() => navigate(cancelTo)}>
          Cancel
        </button>
        <span className="form-status" aria-live="polite">
          {saving ? 'Saving…' : dirty ? 'Unsaved changes' : ''}
        </span>
        {entryId && (
          <button type="button" className="button button-danger-quiet form-actions-end" onClick={onDelete}>
            Delete
          </button>
        )}
      </div>
    </form>
  );
}
