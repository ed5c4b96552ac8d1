// Writing a new entry (`#/journal/new?lesson=<id>` links a lesson from the start) or editing one
// (`#/journal/<id>/edit`).
import { useSearch } from 'wouter';
import type { JournalEntry } from '../../../shared/types';
import { useClient } from '../../app/connection';
import { usePageTitle } from '../../app/usePageTitle';
import { todayLocal } from '../../ui/formatDate';
import { LoadError, Loading } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { EntryEditor, type EntryDraft } from './EntryEditor';
import { useLessonIndex } from './useLessonIndex';
import './journal.css';
import './editor.css';

export function JournalEditorPage({ id }: { id?: string }) {
  const client = useClient();
  const lessonParam = new URLSearchParams(useSearch()).get('lesson');
  const lessons = useLessonIndex();
  const entry = useLoad<JournalEntry | null>(`edit:${id ?? 'new'}`, () => (id ? client.journal.get({ id }) : Promise.resolve(null)));
  usePageTitle(id ? 'Edit entry' : 'New entry');

  if (entry.status === 'loading') return <Loading />;
  if (entry.status === 'error') return <LoadError message={entry.error} onRetry={entry.retry} />;

  const initial: EntryDraft = entry.value
    ? { date: entry.value.date, title: entry.value.title, body: entry.value.body, lessonIds: entry.value.lessonIds, personIds: entry.value.personIds, actionIds: entry.value.actionIds }
    : { date: todayLocal(), title: '', body: '', lessonIds: lessonParam ? [lessonParam] : [], personIds: [], actionIds: [] };
  const cancelTo = entry.value ? `/journal/${entry.value.id}` : lessonParam ? `/lesson/${lessonParam}` : '/journal';

  return (
    <div className="page page-reading editor-page">
      <header className="page-header">
        <h1>{entry.value ? 'Edit entry' : 'New entry'}</h1>
        <p className="page-subtitle">What did you ask, share or mandate, with whom, and what happened?</p>
      </header>
      <EntryEditor entryId={entry.value?.id} initial={initial} lessons={lessons.status === 'ready' ? lessons.value : null} cancelTo={cancelTo} />
    </div>
  );
}
