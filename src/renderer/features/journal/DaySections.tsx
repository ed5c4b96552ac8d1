// The parts of a day page: the entries in full, the coaching actions of the day, and what an empty
// day offers instead (a blank entry or one of the templates).
import { useId } from 'react';
import { Link } from 'wouter';
import type { CoachingAction } from '../../../shared/contract';
import type { JournalEntry } from '../../../shared/contract';
import { EntryBody } from '../../widgets/EntryBody';
import { entryTemplates } from '../../../shared/entryTemplates';
import { entryTitle } from '../../words/entryText';
import { ActionRow, LinkChips } from './LinkedRecords';
import { usePeopleIndex } from './useJournalRecords';
import { useLessonIndex } from '../../widgets/useLessonIndex';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

export function DayEntries({ entries }: { entries: JournalEntry[] }) {
  const lessons = useLessonIndex();
  const people = usePeopleIndex();
  return (
    <section className="day-entries" aria-label="Entries">
      {entries.map((entry) => (
        <article key={entry.id} className="day-entry">
          <header className="day-entry-header">
            <h2>
              <Link href={`/journal/${entry.id}`}>{entryTitle(entry)}</Link>
            </h2>
            <span className="day-entry-meta">
              Written at {time.format(new Date(entry.createdAt))}
              <span aria-hidden="true"> · </span>
              <Link href={`/journal/${entry.id}/edit`} aria-label={`Edit “${entryTitle(entry)}”`}>
                Edit
              </Link>
            </span>
          </header>
          <EntryBody body={entry.body} headingLevel={3} />
          <LinkChips entry={entry} lessons={lessons.status === 'ready' ? lessons.value : null} people={people.status === 'ready' ? people.value : null} />
        </article>
      ))}
    </section>
  );
}

export function EmptyDay({ date, future }: { date: string; future: boolean }) {
  const headingId = useId();
  return (
    <section className="empty-state day-empty" aria-labelledby={headingId}>
      <h2 id={headingId}>{future ? 'This day is still ahead' : 'Nothing written for this day'}</h2>
      <p>
        {future
          ? 'Plan what you will ask, or come back after the conversation to write down the three answers you got.'
          : 'Write down a conversation from this day: what you asked, what you shared, what you had to mandate. Start blank or from a template.'}
      </p>
      <ul className="day-templates" aria-label="Start an entry for this day">
        <li>
          <Link href={`/journal/new?date=${date}`} className="button button-primary">
            Write an entry for this day
          </Link>
        </li>
        {entryTemplates.map((template) => (
          <li key={template.id}>
            <Link href={`/journal/new?date=${date}&template=${template.id}`} className="button" title={template.description}>
              {template.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DayActions({ actions, date }: { actions: CoachingAction[]; date: string }) {
  const headingId = useId();
  return (
    <section className="day-actions" aria-labelledby={headingId}>
      <h2 id={headingId}>Coaching actions this day</h2>
      {actions.length === 0 ? (
        <p className="muted">
          No ask, share or mandate was recorded on this day. <Link href={`/actions/new?date=${date}`}>Record one</Link>
        </p>
      ) : (
        <ul className="entry-action-list">
          {actions.map((action) => (
            <ActionRow key={action.id} action={action} />
          ))}
        </ul>
      )}
    </section>
  );
}
