// The journal entries that link to a lesson: the leader's own practice next to the lesson.
import { useId } from 'react';
import { Link } from 'wouter';
import type { JournalEntry } from '../../../shared/types';
import { formatDay } from '../../ui/formatDate';
import { entryExcerpt, entryTitle } from '../journal/entryText';

export function LessonBacklinks({ entries }: { entries: JournalEntry[] }) {
  const headingId = useId();
  return (
    <section className="backlinks" aria-labelledby={headingId}>
      <h2 id={headingId}>Journal entries about this lesson</h2>
      {entries.length === 0 ? (
        <p className="backlinks-empty">
          You have not written about this lesson yet. When you try it with your team, write down what you asked, shared or
          mandated and how it went.
        </p>
      ) : (
        <ul className="backlink-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <Link href={`/journal/${entry.id}`} className="backlink">
                <span className="backlink-head">
                  <span className="backlink-title">{entryTitle(entry)}</span>
                  <time dateTime={entry.date}>{formatDay(entry.date)}</time>
                </span>
                <span className="backlink-excerpt">{entryExcerpt(entry.body)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
