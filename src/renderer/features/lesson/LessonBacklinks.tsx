// The journal entries that link to a lesson: the leader's own practice next to the lesson.
import { useId } from 'react';
import type { JournalEntry } from '../../../shared/contract';
import { EntryLinkList } from '../../widgets/EntryLinkList';

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
        <EntryLinkList entries={entries} />
      )}
    </section>
  );
}
