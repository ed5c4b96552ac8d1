// One journal entry, read-only: its text (Markdown shown as elements, never as HTML, with in-app
// links to people, lessons and actions) and what it is linked to.
import { Link } from 'wouter';
import type { JournalEntry } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { usePageTitle } from '../../ui/usePageTitle';
import { formatDay } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { EntryBody } from '../../widgets/EntryBody';
import { entryTitle } from '../../words/entryText';
import { dayRoute } from './journalDays';
import { LinkedRecords } from './LinkedRecords';
import { useDeleteEntry } from './useDeleteEntry';
import { useActionsById, usePeopleIndex } from './useJournalRecords';
import { useLessonIndex } from '../../widgets/useLessonIndex';
import './journal.css';
import './entry.css';
import { ExportButton } from '../../widgets/ExportDialog';

export function JournalEntryPage({ id }: { id: string }) {
  const client = useClient();
  const entry = useLoad(`entry:${id}`, () => client.journal.get({ id }));
  usePageTitle(entry.status === 'ready' ? entryTitle(entry.value) : null);
  return <Loaded load={entry}>{(value) => <EntryView entry={value} />}</Loaded>;
}

const timestamp = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function EntryView({ entry }: { entry: JournalEntry }) {
  const deleteEntry = useDeleteEntry();
  const lessons = useLessonIndex();
  const people = usePeopleIndex();
  const actions = useActionsById(entry.actionIds);
  const edited = entry.updatedAt !== entry.createdAt;

  return (
    <article className="page page-reading entry-page">
      <p className="breadcrumb">
        <Link href="/journal">All entries</Link>
        <span aria-hidden="true"> / </span>
        <Link href={dayRoute(entry.date)}>{formatDay(entry.date)}</Link>
      </p>
      <header className="entry-header">
        <p className="eyebrow">
          <time dateTime={entry.date}>{formatDay(entry.date, 'full')}</time>
        </p>
        <h1>{entryTitle(entry)}</h1>
        <div className="actions">
          <Link href={`/journal/${entry.id}/edit`} className="button button-primary">
            Edit
          </Link>
          <ExportButton target={{ kind: 'entry', id: entry.id, title: entryTitle(entry) }} />
          <button type="button" className="button button-danger-quiet" onClick={() => void deleteEntry(entry.id)}>
            Delete
          </button>
        </div>
      </header>
      <EntryBody body={entry.body} headingLevel={2} />
      <LinkedRecords
        entry={entry}
        lessons={lessons.status === 'ready' ? lessons.value : null}
        people={people.status === 'ready' ? people.value : null}
        actions={actions.status === 'ready' ? actions.value : actions.status === 'error' ? new Map() : null}
      />
      <p className="entry-stamp muted">
        Written {timestamp.format(new Date(entry.createdAt))}
        {edited && `, last edited ${timestamp.format(new Date(entry.updatedAt))}`}
      </p>
    </article>
  );
}
