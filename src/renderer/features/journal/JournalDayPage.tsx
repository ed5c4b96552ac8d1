// One day of the journal, like a diary page (`#/journal/day/YYYY-MM-DD`): the entries written about
// it in full, the notes taken while listening and the coaching actions taken on it, with a step to
// the day before or after.
import { Link } from 'wouter';
import type { CoachingAction } from '../../../shared/contract';
import type { EpisodeNote, JournalEntry } from '../../../shared/contract';
import { useLessonIndex } from '../../widgets/useLessonIndex';
import { NoteList } from '../../widgets/notes/NoteCard';
import { useReloadOnNoteChanges } from '../../widgets/notes/notesContext';
import '../../widgets/notes/notes.css';
import { useClient } from '../../transport/connection';
import { usePageTitle } from '../../ui/usePageTitle';
import { navigate } from '../../navigation/hashLocation';
import { formatDay } from '../../ui/formatDate';
import { Loaded } from '../../ui/LoadState';
import { useLoad } from '../../ui/useLoad';
import { useToday } from '../../ui/useToday';
import { DayActions, DayEntries, EmptyDay } from './DaySections';
import { addDays, dayRoute, isIsoDay, relativeDay } from './journalDays';
import { useDayShortcuts } from './useDayShortcuts';
import './journal.css';
import './entry.css';
import './day.css';

export function JournalDayPage({ date }: { date: string }) {
  const valid = isIsoDay(date);
  usePageTitle(valid ? formatDay(date, 'long') : 'Journal');
  return valid ? <DayView date={date} /> : <NotADay text={date} />;
}

interface Day {
  entries: JournalEntry[];
  actions: CoachingAction[];
  notes: EpisodeNote[];
}

function DayView({ date }: { date: string }) {
  const client = useClient();
  const today = useToday();
  const day = useLoad<Day>(`journal-day:${date}`, async () => {
    const [entries, actions, notes] = await Promise.all([client.journal.list({ date, limit: 1000 }), client.actions.list({ from: date, to: date }), client.notes.list({ date })]);
    return { entries: [...entries].sort((a, b) => a.createdAt.localeCompare(b.createdAt)), actions, notes: [...notes].sort((a, b) => a.createdAt.localeCompare(b.createdAt)) };
  });
  useReloadOnNoteChanges(day.reload);
  const lessons = useLessonIndex();
  const go = (to: string) => navigate(dayRoute(to));
  const previous = addDays(date, -1);
  const next = addDays(date, 1);
  useDayShortcuts({ previous: () => go(previous), next: () => go(next), today: () => go(today) });
  const newEntry = `/journal/new?date=${date}`;

  return (
    <div className="page page-reading journal-day-page">
      <p className="breadcrumb">
        <Link href="/journal">Journal</Link>
      </p>
      <header className="day-header">
        <div className="day-title">
          <p className="eyebrow">{relativeDay(date, today)}</p>
          <h1>
            <time dateTime={date}>{formatDay(date, 'full')}</time>
          </h1>
        </div>
        <nav className="day-nav" aria-label="Days">
          <button type="button" className="button button-icon" aria-label="Previous day" title={`${formatDay(previous, 'full')} ( [ )`} onClick={() => go(previous)}>
            <Chevron direction="left" />
          </button>
          <button type="button" className="button" disabled={date === today} title="Today ( T )" onClick={() => go(today)}>
            Today
          </button>
          <button type="button" className="button button-icon" aria-label="Next day" title={`${formatDay(next, 'full')} ( ] )`} onClick={() => go(next)}>
            <Chevron direction="right" />
          </button>
          <label className="day-jump">
            <span className="sr-only">Go to a day</span>
            <input type="date" value={date} onChange={(e) => isIsoDay(e.target.value) && go(e.target.value)} />
          </label>
        </nav>
      </header>
      <Loaded load={day} loadingLabel="Loading the day…">
        {({ entries, actions, notes }) => (
          <>
            {entries.length === 0 && notes.length === 0 ? (
              <EmptyDay date={date} future={date > today} />
            ) : (
              <>
                <div className="day-write">
                  <Link href={newEntry} className="button button-primary">
                    Write an entry for this day
                  </Link>
                </div>
                {entries.length > 0 && <DayEntries entries={entries} />}
                {notes.length > 0 && (
                  <section className="day-notes" aria-labelledby="day-notes-heading">
                    <h2 id="day-notes-heading">Notes while listening</h2>
                    <NoteList notes={notes} lessons={lessons.status === 'ready' ? lessons.value : null} showEpisode />
                  </section>
                )}
              </>
            )}
            <DayActions actions={actions} date={date} />
          </>
        )}
      </Loaded>
      <p className="day-keys muted">
        <kbd>[</kbd> and <kbd>]</kbd> move a day back or forward, <kbd>T</kbd> comes back to today.
      </p>
    </div>
  );
}

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round">
      <path d={direction === 'left' ? 'm15 18-6-6 6-6' : 'm9 18 6-6-6-6'} />
    </svg>
  );
}

function NotADay({ text }: { text: string }) {
  const today = useToday();
  return (
    <div className="page page-reading">
      <h1>This is not a day in the calendar</h1>
      <p className="page-subtitle">“{text}” cannot be read as a date. Day pages have addresses like #/journal/day/2025-03-10.</p>
      <div className="actions">
        <Link href={dayRoute(today)} className="button button-primary">
          Open today
        </Link>
        <Link href="/journal" className="button">
          All entries
        </Link>
      </div>
    </div>
  );
}
