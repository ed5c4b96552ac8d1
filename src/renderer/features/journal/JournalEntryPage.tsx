// One journal entry, read-only: its text as plain paragraphs (never as HTML) and its lessons.
import { useId } from 'react';
import { Link } from 'wouter';
import type { JournalEntry } from '../../../shared/types';
import { useClient } from '../../app/connection';
import { usePageTitle } from '../../app/usePageTitle';
import { formatDay } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { ModeBadge } from '../../ui/ModeBadge';
import { useLoad } from '../../ui/useLoad';
import { bodyParagraphs, entryTitle } from './entryText';
import { useDeleteEntry } from './useDeleteEntry';
import { useLessonIndex, type LessonIndex } from './useLessonIndex';
import './journal.css';

export function JournalEntryPage({ id }: { id: string }) {
  const client = useClient();
  const entry = useLoad(`entry:${id}`, () => client.journal.get({ id }));
  const lessons = useLessonIndex();
  usePageTitle(entry.status === 'ready' ? entryTitle(entry.value) : null);
  return <Loaded load={entry}>{(value) => <EntryView entry={value} lessons={lessons.status === 'ready' ? lessons.value : null} />}</Loaded>;
}

const timestamp = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function EntryView({ entry, lessons }: { entry: JournalEntry; lessons: LessonIndex | null }) {
  const deleteEntry = useDeleteEntry();
  const lessonsHeading = useId();
  const paragraphs = bodyParagraphs(entry.body);
  const edited = entry.updatedAt !== entry.createdAt;

  return (
    <article className="page page-reading entry-page">
      <p className="breadcrumb">
        <Link href="/journal">All entries</Link>
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
          <button type="button" className="button button-danger-quiet" onClick={() => void deleteEntry(entry.id)}>
            Delete
          </button>
        </div>
      </header>
      <div className="entry-body">
        {paragraphs.length === 0 ? <p className="muted">This entry has no text.</p> : paragraphs.map((text, index) => <p key={index}>{text}</p>)}
      </div>
      <section className="entry-lessons" aria-labelledby={lessonsHeading}>
        <h2 id={lessonsHeading}>Linked lessons</h2>
        {entry.lessonIds.length === 0 ? (
          <p className="muted">No lessons are linked to this entry. Edit it to link the lessons it puts into practice.</p>
        ) : (
          <ul className="linked-lesson-list">
            {entry.lessonIds.map((id) => {
              const found = lessons?.get(id);
              return (
                <li key={id}>
                  <span>
                    <ModeBadge mode={found?.lesson.mode} size="small" />
                  </span>
                  <Link href={`/lesson/${id}`}>{found?.lesson.title ?? id}</Link>
                  {found && <span className="linked-lesson-source">From {found.item.title}</span>}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <p className="entry-stamp muted">
        Written {timestamp.format(new Date(entry.createdAt))}
        {edited && `, last edited ${timestamp.format(new Date(entry.updatedAt))}`}
      </p>
    </article>
  );
}
