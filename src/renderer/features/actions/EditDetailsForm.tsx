// Editing an action's words, notes and linked lessons (and a mandate's due date or a share's
// category). The kind and the person stay: a different one is a different action.
import { useEffect, useState, type FormEvent } from 'react';
import type { CoachingAction, ShareCategory } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';
import type { LessonIndex } from '../../widgets/useLessonIndex';
import { textQuestion } from './actionDraft';
import { LinkedLessonsField } from './LinkedLessonsField';
import { ShareCategoryField } from './ShareFields';

interface Props {
  action: CoachingAction;
  lessons: LessonIndex | null;
  onDone: (saved: boolean) => void;
  onDirty: (dirty: boolean) => void;
}

export function EditDetailsForm({ action, lessons, onDone, onDirty }: Props) {
  const client = useClient();
  const toast = useToast();
  const initial = {
    text: action.text,
    notes: action.notes,
    lessonIds: action.lessonIds,
    dueDate: action.kind === 'mandate' ? (action.dueDate ?? '') : '',
    category: action.kind === 'share' ? action.category : ('' as ShareCategory | ''),
  };
  const [draft, setDraft] = useState(initial);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  useEffect(() => onDirty(dirty), [dirty, onDirty]);
  const update = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await client.actions.update({
        id: action.id,
        text: draft.text,
        notes: draft.notes,
        lessonIds: draft.lessonIds,
        ...(action.kind === 'mandate' ? { dueDate: draft.dueDate || null } : {}),
        ...(action.kind === 'share' && draft.category ? { category: draft.category } : {}),
      });
      toast({ message: 'Changes saved', tone: 'success' });
      onDirty(false);
      onDone(true);
    } catch (failure) {
      setError(errorText(failure));
      setSaving(false);
    }
  };

  return (
    <form className="detail-card edit-details" aria-label="Edit action" onSubmit={(e) => void submit(e)} noValidate>
      <label className="field">
        <span className="field-label">{textQuestion[action.kind]}</span>
        <textarea className="action-text-input" value={draft.text} rows={3} maxLength={2000} autoFocus onChange={(e) => update({ text: e.target.value })} />
      </label>
      {action.kind === 'mandate' && (
        <label className="field field-date">
          <span className="field-label">Due by</span>
          <input type="date" value={draft.dueDate} min={action.date} onChange={(e) => update({ dueDate: e.target.value })} />
        </label>
      )}
      {action.kind === 'share' && draft.category && <ShareCategoryField category={draft.category} onChange={(category) => update({ category })} />}
      <LinkedLessonsField lessonIds={draft.lessonIds} lessons={lessons} onChange={(lessonIds) => update({ lessonIds })} />
      <label className="field">
        <span className="field-label">Notes</span>
        <textarea value={draft.notes} rows={4} onChange={(e) => update({ notes: e.target.value })} />
      </label>
      {error && (
        <div className="form-error" role="alert">
          <strong>Not saved.</strong> {error}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving} aria-busy={saving}>
          Save changes
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            onDirty(false);
            onDone(false);
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}
