// The lessons an action applies and the journal entries that mention it.
import type { CoachingAction } from '../../../shared/contract';
import type { JournalEntry } from '../../../shared/contract';
import { EntryLinkList } from '../../widgets/EntryLinkList';
import { LinkedLessonList } from '../../widgets/LinkedLessonList';
import type { LessonIndex } from '../../widgets/useLessonIndex';

export function ActionLinks({ action, entries, lessons }: { action: CoachingAction; entries: JournalEntry[]; lessons: LessonIndex | null }) {
  return (
    <div className="action-links">
      <section className="action-links-section" aria-label="Lessons it applies">
        <h2>Lessons it applies</h2>
        {action.lessonIds.length === 0 ? (
          <p className="muted">No lesson linked. Edit the action to link the lesson you put into practice.</p>
        ) : (
          <LinkedLessonList lessonIds={action.lessonIds} lessons={lessons} />
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
