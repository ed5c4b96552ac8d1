// The journal: every entry and every note taken while listening, newest first, grouped by the day it
// is about; each day opens its page.
import { Link } from 'wouter';
import { momentLabel } from '../../../shared/clockTime';
import type { EpisodeNote, JournalEntry } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { usePageTitle } from '../../ui/usePageTitle';
import { formatDay } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { useToday } from '../../ui/useToday';
import { entryExcerpt, entryTitle } from '../../words/entryText';
import { dayRoute } from './journalDays';
import { usePeopleIndex, type PeopleIndex } from './useJournalRecords';
import { useLessonIndex, type LessonIndex } from '../../widgets/useLessonIndex';
import './journal.css';
import { ExportJournalButton } from '../../widgets/ExportDialog';

type Written = { type: 'entry'; entry: JournalEntry } | { type: 'note'; note: EpisodeNote };

const dateOf = (item: Written) => (item.type === 'entry' ? item.entry.date : item.note.date);

/** Entries and notes by day, newest day first; within a day, entries before notes, as the core lists them. */
function byDay(entries: JournalEntry[], notes: EpisodeNote[]): Array<{ date: string; items: Written[] }> {
  const written: Written[] = [...entries.map((entry) => ({ type: 'entry' as const, entry })), ...notes.map((note) => ({ type: 'note' as const, note }))];
  written.sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
  const days: Array<{ date: string; items: Written[] }> = [];
  for (const item of written) {
    const last = days.at(-1);
    if (last?.date === dateOf(item)) last.items.push(item);
    else days.push({ date: dateOf(item), items: [item] });
  }
  return days;
}

export function JournalListPage() {
  const client = useClient();
  usePageTitle('Journal');
  const entries = useLoad('journal-list', async () => {
    const [list, notes] = await Promise.all([client.journal.list({ limit: 1000 }), client.notes.list({ limit: 1000 })]);
    return { list, notes };
  });
  const lessons = useLessonIndex();
  const people = usePeopleIndex();
  const today = useToday();

  return (
    <div className="page journal-page">
      <header className="page-header page-header-actions">
        <div>
          <h1>Journal</h1>
          <p className="page-subtitle">Your coaching notes: what you asked, shared and mandated, and how it went.</p>
        </div>
        <div className="header-buttons">
          <ExportJournalButton today={today} />
          <Link href={dayRoute(today)} className="button">
            Open today
          </Link>
          <Link href="/journal/new" className="button button-primary">
            New entry
          </Link>
        </div>
      </header>
      <Loaded load={entries} loadingLabel="Loading your entries…">
        {({ list, notes }) =>
          list.length === 0 && notes.length === 0 ? (
            <div className="empty-state">
              <h2>No entries yet</h2>
              <p>Write down one coaching conversation a day: the ask you made, the three answers you got, what you will check next.</p>
              <Link href="/journal/new" className="button button-primary">
                Write your first entry
              </Link>
            </div>
          ) : (
            byDay(list, notes).map((day) => (
              <section key={day.date} className="journal-day" aria-label={formatDay(day.date, 'full')}>
                <h2 className="day-heading">
                  <Link href={dayRoute(day.date)} className="day-heading-link" title="Open this day">
                    <time dateTime={day.date}>{formatDay(day.date, 'full')}</time>
                  </Link>
                </h2>
                <ul className="entry-list">
                  {day.items.map((item) =>
                    item.type === 'entry' ? (
                      <EntryRow key={item.entry.id} entry={item.entry} lessons={lessons.status === 'ready' ? lessons.value : null} people={people.status === 'ready' ? people.value : null} />
                    ) : (
                      <NoteRow key={item.note.id} note={item.note} />
                    ),
                  )}
                </ul>
              </section>
            ))
          )
        }
      </Loaded>
    </div>
  );
}

function EntryRow({ entry, lessons, people }: { entry: JournalEntry; lessons: LessonIndex | null; people: PeopleIndex | null }) {
  const excerpt = entryExcerpt(entry.body);
  return (
    <li>
      <Link href={`/journal/${entry.id}`} className="entry-row">
        <span className="entry-row-title">{entryTitle(entry)}</span>
        {excerpt && <span className="entry-row-excerpt">{excerpt}</span>}
        {entry.lessonIds.length + entry.personIds.length > 0 && (
          <span className="entry-row-lessons">
            {entry.personIds.map((id) => (
              <span key={id} className="mini-chip mini-chip-person">
                {people?.get(id)?.name ?? 'Person'}
              </span>
            ))}
            {entry.lessonIds.map((id) => {
              const found = lessons?.get(id);
              return (
                <span key={id} className={`mini-chip mode-${found?.lesson.mode ?? 'none'}`}>
                  {found?.lesson.title ?? id}
                </span>
              );
            })}
          </span>
        )}
      </Link>
    </li>
  );
}

function NoteRow({ note }: { note: EpisodeNote }) {
  const excerpt = entryExcerpt(note.text);
  return (
    <li>
      <Link href={`/episode/${note.episodeId}?t=${note.at}&note=${note.id}`} className="entry-row">
        <span className="entry-row-title">
          <span className="mini-chip mini-chip-note">Note</span> {momentLabel(note.episodeTitle, note.at)}
        </span>
        {excerpt && <span className="entry-row-excerpt">{excerpt}</span>}
        {note.personName && (
          <span className="entry-row-lessons">
            <span className="mini-chip mini-chip-person">{note.personName}</span>
          </span>
        )}
      </Link>
    </li>
  );
}
