// The coaching actions that applied a lesson: what the leader actually asked, shared or mandated
// after reading it, with whom, and how it went.
import { useId } from 'react';
import type { CoachingAction } from '../../../shared/contract';
import { useToday } from '../../ui/useToday';
import { ActionRow } from '../../widgets/ActionBits';

export function LessonActions({ actions }: { actions: CoachingAction[] }) {
  const headingId = useId();
  const today = useToday();
  return (
    <section className="backlinks lesson-actions" aria-labelledby={headingId}>
      <h2 id={headingId}>Actions that applied this lesson</h2>
      {actions.length === 0 ? (
        <p className="backlinks-empty">No action applies this lesson yet. Use “Apply this” to record the ask, share or mandate you make with it.</p>
      ) : (
        <ul className="lesson-action-list">
          {actions.map((action) => (
            <li key={action.id}>
              <ActionRow action={action} today={today} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
