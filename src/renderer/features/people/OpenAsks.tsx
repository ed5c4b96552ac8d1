// What needs the leader's attention with one person: follow-ups due today or overdue, and the asks
// still open with how far each is confirmed. An ask past its date may be escalated to a mandate.
import { useId } from 'react';
import { Link } from 'wouter';
import { confirmationCount, isMandateCandidate, isOverdue } from '../../../shared/actionRules';
import type { AskAction, FollowUp, Person } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { KindBadge } from '../../widgets/ActionBits';
import { confirmationSummary, formLabels } from '../../words/actionText';

export function escalatePath(ask: AskAction): string {
  return `/actions/new?person=${encodeURIComponent(ask.personId)}&kind=mandate&escalates=${encodeURIComponent(ask.id)}`;
}

export function FollowUpList({ followUps }: { followUps: FollowUp[] }) {
  const headingId = useId();
  if (followUps.length === 0) return null;
  return (
    <section className="person-section follow-ups" role="region" aria-labelledby={headingId}>
      <h2 id={headingId}>Follow-ups</h2>
      <ul className="follow-up-list">
        {followUps.map(({ action, due, state, daysLate }) => (
          <li key={action.id} className={`follow-up follow-up-${state}`}>
            <KindBadge kind={action.kind} size="small" />
            <Link href={`/actions/${action.id}`} className="follow-up-text">
              {action.text}
            </Link>
            <span className="follow-up-when">
              {state === 'due-today' ? 'Due today' : `${daysLate} ${daysLate === 1 ? 'day' : 'days'} overdue`} · <time dateTime={due}>{formatDay(due)}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function OpenAsks({ person, asks, today }: { person: Person; asks: AskAction[]; today: string }) {
  return (
    <section className="person-section" role="region" aria-label="Open asks">
      <h2>
        Open asks <span className="section-count">{asks.length}</span>
      </h2>
      {asks.length === 0 ? (
        <p className="section-empty">
          No open asks with {person.name}. Asking is the default: make a clear request, then get three answers: how they will do it, when, and what help they need.
        </p>
      ) : (
        <ul className="ask-cards">
          {asks.map((ask) => (
            <li key={ask.id}>
              <AskCard ask={ask} today={today} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function AskCard({ ask, today }: { ask: AskAction; today: string }) {
  const overdue = isOverdue(ask, today);
  const { how, when, help } = ask.confirmations;
  return (
    <article className={`ask-card ${overdue ? 'is-overdue' : ''}`} aria-label={ask.text}>
      <div className="ask-card-head">
        <Link href={`/actions/${ask.id}`} className="ask-card-text">
          {ask.text}
        </Link>
        {overdue && <span className="overdue-marker">Overdue</span>}
      </div>
      <p className="ask-card-meta">
        {formLabels[ask.form].label} · asked <time dateTime={ask.date}>{formatDay(ask.date)}</time> ·{' '}
        <span className={confirmationCount(ask) === 3 ? 'confirmed' : ''}>{confirmationSummary(ask)}</span>
      </p>
      <dl className="confirmation-grid">
        <Confirmation label="How" value={how} />
        <Confirmation label="When" value={when ? formatDay(when) : null} />
        <Confirmation label="Help" value={help} />
      </dl>
      {isMandateCandidate(ask, today) && (
        <div className="ask-card-escalate">
          <span>The date they gave has passed.</span>
          <Link href={escalatePath(ask)} className="button button-small">
            Escalate
          </Link>
        </div>
      )}
    </article>
  );
}

function Confirmation({ label, value }: { label: string; value: string | null }) {
  const given = value !== null && value.trim() !== '';
  return (
    <div className={`confirmation ${given ? 'given' : 'missing'}`}>
      <dt>
        <span aria-hidden="true">{given ? '✓' : '○'}</span> {label}
      </dt>
      <dd>{given ? value : 'Not confirmed yet'}</dd>
    </div>
  );
}
