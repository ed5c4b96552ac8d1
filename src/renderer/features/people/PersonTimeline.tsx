// Everything recorded about a person except open asks (shown above it): actions and journal
// entries, newest first, each linking to its own page.
import { useId } from 'react';
import { Link } from 'wouter';
import { isMandateCandidate } from '../../../shared/actionRules';
import type { Person, TimelineItem } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { entryExcerpt, entryTitle } from '../../words/entryText';
import { ActionRow } from '../../widgets/ActionBits';
import { escalatePath } from './OpenAsks';

export function PersonTimeline({ person, timeline, today, hasOpenAsks }: { person: Person; timeline: TimelineItem[]; today: string; hasOpenAsks: boolean }) {
  const headingId = useId();
  return (
    <section className="person-section" role="region" aria-labelledby={headingId}>
      <h2 id={headingId}>Timeline</h2>
      {timeline.length === 0 ? (
        <p className="section-empty">
          {hasOpenAsks ? 'Nothing else' : 'Nothing'} recorded with {person.name} yet. Shares, mandates, finished asks and journal entries that mention them appear here.
        </p>
      ) : (
        <ol className="timeline">
          {timeline.map((item) =>
            item.type === 'action' ? (
              <li key={`a:${item.action.id}`} className="timeline-item">
                <ActionRow action={item.action} today={today} showPerson={false} />
                {isMandateCandidate(item.action, today) && item.action.kind === 'ask' && (
                  <Link href={escalatePath(item.action)} className="button button-small timeline-escalate">
                    Escalate
                  </Link>
                )}
              </li>
            ) : (
              <li key={`e:${item.entry.id}`} className="timeline-item">
                <Link href={`/journal/${item.entry.id}`} className="action-row">
                  <span className="action-row-kind">
                    <span className="kind-badge">Journal</span>
                  </span>
                  <span className="action-row-main">
                    <span className="action-row-text">{entryTitle(item.entry)}</span>
                    <span className="action-row-meta">
                      <time dateTime={item.entry.date}>{formatDay(item.entry.date)}</time>
                      {entryExcerpt(item.entry.body, 120) && <span className="action-row-excerpt">{entryExcerpt(item.entry.body, 120)}</span>}
                    </span>
                  </span>
                </Link>
              </li>
            ),
          )}
        </ol>
      )}
    </section>
  );
}
