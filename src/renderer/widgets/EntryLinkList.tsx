// A list of journal entries as links (title, day, excerpt): lesson backlinks, an action's entries.
import { Link } from 'wouter';
import type { JournalEntry } from '../../shared/contract';
import { formatDay } from '../ui/formatDate';
import { entryExcerpt, entryTitle } from '../words/entryText';
import './entry-link-list.css';

export function EntryLinkList({ entries }: { entries: JournalEntry[] }) {
  return (
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
  );
}
