// What an entry is linked to, shown as links: the people coached, the coaching actions and the
// lessons. Full lists on the entry page, compact chips on the day page.
import { useId, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { CoachingAction } from '../../../shared/contract';
import { flagReasons } from '../../../shared/contract';
import type { JournalEntry } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { ModeBadge } from '../../ui/ModeBadge';
import { linkRoute } from '../../widgets/EntryBody';
import { initials } from '../../words/personText';
import { type PeopleIndex } from './useJournalRecords';
import { personDetail } from '../../words/personText';
import { LinkedLessonList } from '../../widgets/LinkedLessonList';
import type { LessonIndex } from '../../widgets/useLessonIndex';

const statusLabels: Record<CoachingAction['status'], string> = { open: 'Open', done: 'Done', missed: 'Missed', escalated: 'Escalated' };

/** "Open · due 14 Mar" style facts of an action, without its text. */
export function actionFacts(action: CoachingAction): string {
  const facts = [`With ${action.personName}`];
  if (action.kind !== 'share') facts.push(statusLabels[action.status]);
  if (action.kind === 'ask' && action.confirmations.when) facts.push(`expected ${formatDay(action.confirmations.when)}`);
  if (action.kind === 'mandate' && action.dueDate) facts.push(`due ${formatDay(action.dueDate)}`);
  return facts.join(' · ');
}

export function ActionRow({ action }: { action: CoachingAction }) {
  return (
    <li className="entry-action">
      <ModeBadge mode={action.kind} size="small" />
      <span className="entry-action-text">
        <Link href={linkRoute('action', action.id)}>{action.text}</Link>
        <span className="entry-action-facts">{actionFacts(action)}</span>
        {action.flags.map((flag) => (
          <span key={flag} className="action-flag" title={flagReasons[flag]}>
            ⚑ {flagReasons[flag]}
          </span>
        ))}
      </span>
    </li>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="entry-lessons" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

interface Props {
  entry: JournalEntry;
  lessons: LessonIndex | null;
  people: PeopleIndex | null;
  actions: Map<string, CoachingAction> | null;
}

export function LinkedRecords({ entry, lessons, people, actions }: Props) {
  return (
    <>
      {entry.personIds.length > 0 && (
        <Section title="Linked people">
          <ul className="linked-people">
            {entry.personIds.map((id) => {
              const person = people?.get(id);
              const name = person?.name ?? 'Someone no longer in your people';
              return (
                <li key={id}>
                  <Link href={linkRoute('person', id)} className="person-link">
                    <span className="person-initials" aria-hidden="true">
                      {initials(person?.name ?? '?')}
                    </span>
                    <span className="person-link-text">
                      <span className="person-link-name">{name}</span>
                      {person && <span className="person-link-detail">{personDetail(person)}</span>}
                    </span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </Section>
      )}
      {entry.actionIds.length > 0 && (
        <Section title="Linked coaching actions">
          <ul className="entry-action-list">
            {entry.actionIds.map((id) => {
              const action = actions?.get(id);
              return action ? (
                <ActionRow key={id} action={action} />
              ) : (
                <li key={id} className="entry-action muted">
                  {actions ? 'A coaching action that was deleted since.' : 'Loading…'}
                </li>
              );
            })}
          </ul>
        </Section>
      )}
      <Section title="Linked lessons">
        {entry.lessonIds.length === 0 ? (
          <p className="muted">No lessons are linked to this entry. Edit it to link the lessons it puts into practice.</p>
        ) : (
          <LinkedLessonList lessonIds={entry.lessonIds} lessons={lessons} />
        )}
      </Section>
    </>
  );
}

/** The people and lessons of an entry as small link chips (day page, list). */
export function LinkChips({ entry, lessons, people }: { entry: JournalEntry; lessons: LessonIndex | null; people: PeopleIndex | null }) {
  if (entry.personIds.length + entry.lessonIds.length === 0) return null;
  return (
    <ul className="link-chips" aria-label="Linked people and lessons">
      {entry.personIds.map((id) => (
        <li key={`p:${id}`}>
          <Link href={linkRoute('person', id)} className="mini-chip mini-chip-person">
            {people?.get(id)?.name ?? 'Person'}
          </Link>
        </li>
      ))}
      {entry.lessonIds.map((id) => {
        const found = lessons?.get(id);
        return (
          <li key={`l:${id}`}>
            <Link href={linkRoute('lesson', id)} className={`mini-chip mode-${found?.lesson.mode ?? 'none'}`}>
              {found?.lesson.title ?? id}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
