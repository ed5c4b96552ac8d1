// The entry form. What the user typed is never thrown away: a failed save keeps the form as it is
// and shows the core's message; leaving with unsaved changes asks first. A new entry can start from
// a template; the text links people (@) and lessons ([[) inline, shown as `@Dana Whitfield` and
// `[[Three confirmations]]` while the Markdown saved keeps each link's id.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import type { JournalEntryInput } from '../../../shared/contract';
import { useConnection } from '../../transport/connection';
import { navigate } from '../../navigation/hashLocation';
import { useLeaveGuard } from '../../navigation/useLeaveGuard';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';
import { inlineLinkIds } from '../../../shared/inlineLinks';
import { EntryLinksField } from './EntryLinksField';
import { caretAfterFill, isTemplateTitle, templateName, type EntryTemplateId } from '../../../shared/entryTemplates';
import { LinkingTextarea } from '../../widgets/linking/LinkingTextarea';
import { TemplateBar } from './TemplateBar';
import { filledTemplate } from './templateContext';
import { useDeleteEntry } from './useDeleteEntry';
import { usePeopleIndex } from './useJournalRecords';
import { useReadableText } from '../../widgets/linking/useReadableText';
import type { LessonIndex } from '../../widgets/useLessonIndex';
import { saveShortcut } from '../../ui/saveShortcut';

/**
 * The entry as the form is given it: the ids are those picked by hand; links in the Markdown text
 * are read on save. The form itself holds the text readably.
 */
export type EntryDraft = JournalEntryInput;

interface Props {
  entryId?: string;
  initial: EntryDraft;
  lessons: LessonIndex | null;
  /** Where Cancel goes. */
  cancelTo: string;
  /** Offer the templates (new entries). */
  templates?: boolean;
}

const sameDraft = (a: EntryDraft, b: EntryDraft) => JSON.stringify(a) === JSON.stringify(b);

export function EntryEditor({ entryId, initial, lessons, cancelTo, templates = false }: Props) {
  const { client } = useConnection();
  const toast = useToast();
  const deleteEntry = useDeleteEntry();
  const people = usePeopleIndex();
  const peopleList = useMemo(() => (people.status === 'ready' ? [...people.value.values()] : null), [people]);
  const body = useReadableText(initial.body, peopleList, lessons);
  const [fields, setFields] = useState<EntryDraft>(initial);
  // What saving stores: the readable names turned back into links with ids.
  const stored = useMemo(() => ({ ...fields, body: body.stored }), [fields, body.stored]);
  const [saving, setSaving] = useState(false);
  const [filling, setFilling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const filledBody = useRef(body.initial);
  const focusAt = useRef<number | null>(null);
  const [fills, setFills] = useState(0);
  const hintId = useId();
  const bodyId = useId();
  const errorId = useId();
  const dirty = !sameDraft(fields, initial) || body.text !== body.initial;
  useLeaveGuard(dirty, 'This entry has changes that are not saved. Leave and lose them?');

  const update = ({ body: text, ...patch }: Partial<EntryDraft>) => {
    if (text !== undefined) body.setText(text);
    setFields((f) => ({ ...f, ...patch }));
  };

  useEffect(() => {
    // After a template fills the text, the caret waits where the first answer goes.
    if (focusAt.current === null || !textarea.current) return;
    textarea.current.focus();
    textarea.current.setSelectionRange(focusAt.current, focusAt.current);
    textarea.current.scrollTop = 0;
    focusAt.current = null;
  }, [fills]);

  const chooseTemplate = async (id: EntryTemplateId) => {
    const written = body.text.trim() !== '' && body.text !== filledBody.current;
    if (written && !window.confirm(`Replace the text you have written with the “${templateName(id)}” template?`)) return;
    setFilling(true);
    const inline = inlineLinkIds(body.storedNow());
    const lessonId = fields.lessonIds[0] ?? inline.lessonIds[0] ?? null;
    const personId = fields.personIds[0] ?? inline.personIds[0] ?? null;
    const filled = await filledTemplate(client, id, lessonId, personId);
    setFilling(false);
    const text = body.readable(filled.body);
    filledBody.current = text;
    focusAt.current = caretAfterFill(text);
    body.setText(text);
    setFields((f) => ({ ...f, title: isTemplateTitle(f.title) ? filled.title : f.title }));
    setFills((n) => n + 1);
  };

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      const input = { ...fields, body: body.storedNow() };
      const saved = entryId ? await client.journal.update({ id: entryId, ...input }) : await client.journal.create(input);
      toast({ message: 'Entry saved', tone: 'success' });
      navigate(`/journal/${saved.id}`, { replace: true, force: true });
    } catch (failure) {
      setError(errorText(failure));
      setSaving(false);
    }
  };

  const onKeyDown = saveShortcut(save);

  const onDelete = () => {
    if (!entryId) return;
    if (dirty && !window.confirm('Delete this entry? Your unsaved changes will be lost too.')) return;
    void deleteEntry(entryId);
  };

  return (
    <form className="entry-editor" onSubmit={(e) => void save(e)} onKeyDown={onKeyDown} noValidate aria-describedby={error ? errorId : undefined}>
      {templates && <TemplateBar busy={filling} onChoose={(id) => void chooseTemplate(id)} />}
      <div className="editor-row">
        <label className="field field-date">
          <span className="field-label">Date</span>
          <input type="date" value={fields.date} required onChange={(e) => update({ date: e.target.value })} />
        </label>
        <label className="field field-grow">
          <span className="field-label">Title</span>
          <input type="text" value={fields.title} maxLength={200} placeholder="A few words: who, and what about" onChange={(e) => update({ title: e.target.value })} />
        </label>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={bodyId}>
          Entry text
        </label>
        <LinkingTextarea
          id={bodyId}
          textareaRef={textarea}
          value={body.text}
          onChange={body.setText}
          people={peopleList}
          lessons={lessons}
          chips={body.chips}
          linkText={body.linkText}
          describedBy={hintId}
          placeholder={'What did you ask, share or mandate?\nFor an ask: how will they do it, by when, and what help did they ask for?'}
        />
        <span id={hintId} className="field-hint">
          Type <kbd>@</kbd> to link a person and <kbd>[[</kbd> to link a lesson; they read as “@Name” and “[[Title]]”. Markdown works: “## ” starts a heading, “- ” a list item, a blank line a new paragraph.
        </span>
      </div>
      <EntryLinksField
        draft={stored}
        lessons={lessons}
        people={people.status === 'ready' ? people.value : null}
        onChange={(patch) => update(patch.body === undefined ? patch : { ...patch, body: body.readable(patch.body) })}
      />
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
          {saving ? 'Saving…' : filling ? 'Filling in the template…' : dirty ? 'Unsaved changes' : ''}
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
