// One team brief: its title and introduction, and its lessons in order, each with the leader's
// comment. Lessons are added with the lesson picker, moved up or down, or taken out; Save keeps it,
// Export… shares it (library text and the leader's words, never the journal).
import { useId, useState } from 'react';
import { Link } from 'wouter';
import type { Brief } from '../../../shared/contract';
import { useLeaveGuard } from '../../navigation/useLeaveGuard';
import { useClient } from '../../transport/connection';
import { Loaded } from '../../ui/LoadState';
import { useToast } from '../../ui/Toasts';
import { errorText, useLoad } from '../../ui/useLoad';
import { usePageTitle } from '../../ui/usePageTitle';
import { saveShortcut } from '../../ui/saveShortcut';
import { ExportButton } from '../../widgets/ExportDialog';
import { LessonPicker } from '../../widgets/LessonPicker';
import './briefs.css';

export function BriefEditorPage({ id }: { id: string }) {
  const client = useClient();
  const brief = useLoad(`brief:${id}`, () => client.briefs.get({ id }));
  return (
    <div className="page brief-editor-page">
      <p className="breadcrumb">
        <Link href="/briefs">All briefs</Link>
      </p>
      <Loaded load={brief} loadingLabel="Loading the brief…">
        {(loaded) => <BriefEditor brief={loaded} />}
      </Loaded>
    </div>
  );
}

type Draft = Pick<Brief, 'title' | 'introduction' | 'lessons'>;

function BriefEditor({ brief }: { brief: Brief }) {
  const client = useClient();
  const toast = useToast();
  const [saved, setSaved] = useState<Brief>(brief);
  const [draft, setDraft] = useState<Draft>(brief);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = useId();
  const dirty = JSON.stringify({ title: draft.title, introduction: draft.introduction, lessons: draft.lessons }) !== JSON.stringify({ title: saved.title, introduction: saved.introduction, lessons: saved.lessons });
  usePageTitle(draft.title || 'Brief');
  useLeaveGuard(dirty, 'This brief has changes that are not saved. Leave without saving them?');

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      const next = await client.briefs.update({ id: brief.id, title: draft.title, introduction: draft.introduction, lessons: draft.lessons.map(({ lessonId, comment }) => ({ lessonId, comment })) });
      setSaved(next);
      setDraft(next);
      toast({ message: 'Brief saved', tone: 'success' });
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setSaving(false);
    }
  };

  const move = (index: number, by: -1 | 1) =>
    setDraft((d) => {
      const lessons = [...d.lessons];
      const [lesson] = lessons.splice(index, 1);
      if (lesson) lessons.splice(index + by, 0, lesson);
      return { ...d, lessons };
    });
  const setComment = (index: number, comment: string) => setDraft((d) => ({ ...d, lessons: d.lessons.map((l, i) => (i === index ? { ...l, comment } : l)) }));
  const remove = (index: number) => setDraft((d) => ({ ...d, lessons: d.lessons.filter((_, i) => i !== index) }));
  const add = async (lessonId: string) => {
    try {
      const lesson = await client.library.lesson({ id: lessonId });
      setDraft((d) => (d.lessons.some((l) => l.lessonId === lessonId) ? d : { ...d, lessons: [...d.lessons, { lessonId, title: lesson.lesson.title, comment: '' }] }));
    } catch (failure) {
      toast({ message: `The lesson was not added. ${errorText(failure)}`, tone: 'error' });
    }
  };

  return (
    <form
      className="brief-editor"
      aria-labelledby={titleId}
      onKeyDown={saveShortcut(() => (dirty && !saving ? save() : undefined))}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <header className="page-header page-header-actions">
        <h1 id={titleId}>{saved.title}</h1>
        <div className="header-buttons">
          {dirty ? (
            <span className="muted">Save the brief to export it.</span>
          ) : (
            <ExportButton target={{ kind: 'brief', id: brief.id, title: saved.title }} />
          )}
        </div>
      </header>
      <label className="field">
        <span className="field-label">Title</span>
        <input type="text" value={draft.title} maxLength={200} onChange={(e) => setDraft((d) => ({ ...d, title: e.target.value }))} />
      </label>
      <label className="field">
        <span className="field-label">Introduction</span>
        <textarea value={draft.introduction} rows={4} placeholder="Why these lessons, and what you ask of the team. Markdown works." onChange={(e) => setDraft((d) => ({ ...d, introduction: e.target.value }))} />
      </label>
      <section aria-label="Lessons in this brief" className="brief-lessons">
        <h2>Lessons</h2>
        {draft.lessons.length === 0 && <p className="muted">No lessons yet. Add the first one below.</p>}
        <ol>
          {draft.lessons.map((lesson, index) => (
            <li key={lesson.lessonId} className="brief-lesson">
              <div className="brief-lesson-head">
                <Link href={`/lesson/${lesson.lessonId}`}>{lesson.title || 'A lesson no longer in the library'}</Link>
                <div className="actions">
                  <button type="button" className="button button-small" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move “${lesson.title}” up`}>
                    Up
                  </button>
                  <button type="button" className="button button-small" disabled={index === draft.lessons.length - 1} onClick={() => move(index, 1)} aria-label={`Move “${lesson.title}” down`}>
                    Down
                  </button>
                  <button type="button" className="button button-small button-danger-quiet" onClick={() => remove(index)} aria-label={`Remove “${lesson.title}”`}>
                    Remove
                  </button>
                </div>
              </div>
              <label className="field">
                <span className="field-label">Your comment on “{lesson.title}”</span>
                <textarea value={lesson.comment} rows={2} placeholder="Why it matters for this team." onChange={(e) => setComment(index, e.target.value)} />
              </label>
            </li>
          ))}
        </ol>
        <div className="brief-add">
          <LessonPicker label="Add a lesson" exclude={draft.lessons.map((l) => l.lessonId)} onPick={(lessonId) => void add(lessonId)} />
        </div>
      </section>
      {error && (
        <div className="form-error" role="alert">
          <strong>Not saved.</strong> {error}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={!dirty || saving} aria-busy={saving}>
          Save brief
        </button>
        <span className="form-status" aria-live="polite">
          {saving ? 'Saving…' : dirty ? 'Unsaved changes' : 'All changes saved'}
        </span>
      </div>
    </form>
  );
}
