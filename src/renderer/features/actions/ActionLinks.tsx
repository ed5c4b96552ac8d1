// The lessons an action applies and the journal entries that mention it.
import { Link } from 'wouter';
import type { CoachingAction } from '../../../shared/coaching';
import type { JournalEntry } from '../../../shared/types';
import { ModeBadge } from '../../ui/ModeBadge';
import { EntryLinkList } from '../journal/EntryLinkList';
import type { LessonIndex } from '../journal/useLessonIndex';

export function ActionLinks({ action, entries, lessons }: { action: CoachingAction; entries: JournalEntry[]; lessons: LessonIndex | null }) {
  return (
    <div className="action-links">
      <section className="action-links-section" aria-label="Lessons it applies">
        <h2>Lessons it applies</h2>
        {action.lessonIds.length === 0 ? (
          <p className="muted">No lesson linked. Edit the action to link the lesson you put into practice.</p>
        ) : (
          <ul className="linked-lesson-list">
            {action.lessonIds.map((id) => {
              const found = lessons?.get(id);
              return (
                <li key={id}>
                  <span>
                    <ModeBadge mode={found?.lesson.mode} size="small" />
                  </span>
                  <Link href={`/lesson/${id}`}>{found?.lesson.title ?? id}</Link>
                  {found && <span className="linked-lesson-source">From {found.item.title}</span>}
                  {!found && lessons && <span className="linked-lesson-source">No longer in the library</span>}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section className="action-links-section" aria-label="Journal entries">
        <h2>Journal entries</h2>
        {entries.length === 0 ? (
          <p className="muted">No journal entry mentions this action yet.</p>
        ) : (
          <EntryLinkList entries={entries} />
        )}
      </section>
    </div>
  );
}
