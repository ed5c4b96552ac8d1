// What needs the leader's attention, below the chart: asks a mandate may now follow, follow-ups due
// today and overdue, and mandates recorded without an earlier ask (flagged, with the reason).
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { flagReasons, type AskAction, type FollowUp, type MandateAction } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { ModeBadge } from '../../ui/ModeBadge';
import { daysBetween, daysLateText, daysOverdueText } from './balanceFormat';
import './attention.css';

function ListRegion({ title, hint, count, empty, children }: { title: string; hint: string; count: number; empty: string; children: ReactNode }) {
  return (
    <section className="balance-card attention-list" role="region" aria-label={title}>
      <div className="balance-card-head">
        <h2>
          {title} <span className="attention-count">{count}</span>
        </h2>
      </div>
      <p className="attention-hint">{hint}</p>
      {count === 0 ? <p className="attention-empty">{empty}</p> : <ul className="attention-items">{children}</ul>}
    </section>
  );
}

function Who({ id, name }: { id: string; name: string }) {
  return (
    <Link href={`/people/${id}`} className="attention-person">
      {name}
    </Link>
  );
}

export function CandidateList({ asks, today }: { asks: AskAction[]; today: string }) {
  return (
    <ListRegion
      title="Mandate candidates"
      hint="Open asks past the date the person gave, or marked missed. A mandate may now require exactly what was asked."
      count={asks.length}
      empty="No ask has run past its date. When one does, it shows up here so you can decide whether to mandate it."
    >
      {asks.map((ask) => {
        const when = ask.confirmations.when;
        return (
          <li key={ask.id} className="attention-item">
            <div className="attention-main">
              <Link href={`/actions/${ask.id}`} className="attention-text">
                {ask.text}
              </Link>
              <span className="attention-meta">
                <Who id={ask.personId} name={ask.personName} />
                {when ? <span>expected by {formatDay(when)}</span> : <span>no date given</span>}
                {ask.status === 'missed' && <span>marked missed</span>}
              </span>
            </div>
            <div className="attention-side">
              {when && when < today && <span className="late-chip">{daysOverdueText(daysBetween(when, today))}</span>}
              <Link href={`/actions/${ask.id}`} className="button button-small" aria-label={`Escalate: ${ask.text}`}>
                Escalate
              </Link>
            </div>
          </li>
        );
      })}
    </ListRegion>
  );
}

export function FollowUpList({ title, followUps, hint, empty }: { title: string; followUps: FollowUp[]; hint: string; empty: string }) {
  return (
    <ListRegion title={title} hint={hint} count={followUps.length} empty={empty}>
      {followUps.map(({ action, due, daysLate }) => (
        <li key={action.id} className="attention-item">
          <div className="attention-main">
            <span className="attention-title-row">
              <ModeBadge mode={action.kind} size="small" />
              <Link href={`/actions/${action.id}`} className="attention-text">
                {action.text}
              </Link>
            </span>
            <span className="attention-meta">
              <Who id={action.personId} name={action.personName} />
              <span>
                {action.kind === 'mandate' ? 'required by' : 'expected by'} {formatDay(due)}
              </span>
            </span>
          </div>
          <div className="attention-side">
            <span className={`late-chip ${daysLate === 0 ? 'is-today' : ''}`}>{daysLateText(daysLate)}</span>
          </div>
        </li>
      ))}
    </ListRegion>
  );
}

export function UnaskedMandateList({ mandates }: { mandates: MandateAction[] }) {
  return (
    <ListRegion
      title="Mandates without an earlier ask"
      hint="Allowed, but a mandate works best when it requires only what an ask did not achieve."
      count={mandates.length}
      empty="Every mandate escalates an earlier ask. Keep it that way: ask first."
    >
      {mandates.map((mandate) => (
        <li key={mandate.id} className="attention-item attention-item-flagged">
          <div className="attention-main">
            <span className="attention-title-row">
              <ModeBadge mode="mandate" size="small" />
              <Link href={`/actions/${mandate.id}`} className="attention-text">
                {mandate.text}
              </Link>
            </span>
            <span className="attention-meta">
              <Who id={mandate.personId} name={mandate.personName} />
              <span>{formatDay(mandate.date)}</span>
              {mandate.status !== 'open' && <span>{mandate.status}</span>}
            </span>
            <p className="flag-reason">
              <span className="flag-label">Flag</span> {flagReasons['no-prior-ask']}
            </p>
          </div>
        </li>
      ))}
    </ListRegion>
  );
}
