// Above the 1:1 note: what to go through with the person. Their open asks (with the three
// confirmations and how late), open mandates, what was shared since the last 1:1 and what that one
// left open. Each is settled right here (done, missed, escalated, or just discussed) and the note
// records it; the rules (what may be escalated) are the core's, as everywhere.
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { confirmationCount, isMandateCandidate } from '../../../shared/actionRules';
import { daysBetween } from '../../../shared/calendarDays';
import type { AskAction, CoachingAction, MandateAction, OneOnOneWorkspace } from '../../../shared/contract';
import { useClient } from '../../transport/connection';
import { formatDay } from '../../ui/formatDate';
import { useToast } from '../../ui/Toasts';
import { errorText } from '../../ui/useLoad';
import { KindBadge } from '../../widgets/ActionBits';
import { categoryLabels, confirmationSummary } from '../../words/actionText';

/** What happened to an item in the 1:1, as the note records it. */
export type Outcome = 'done' | 'missed' | 'escalated to a mandate' | 'discussed';

interface Props {
  workspace: OneOnOneWorkspace;
  /** Whether the note exists (items are settled into it). */
  started: boolean;
  /** Items already settled in this 1:1, by action id (or carried-over text). */
  settled: ReadonlyMap<string, Outcome>;
  onOutcome: (action: CoachingAction, outcome: Outcome) => void;
  onCarriedOver: (item: string) => void;
  /** The workspace changed in the core (a status, a new mandate): read it again. */
  onChanged: () => void;
}

function lateText(days: number): string {
  return days === 0 ? 'due today' : `${days} ${days === 1 ? 'day' : 'days'} late`;
}

export function OneOnOneItems({ workspace, started, settled, onOutcome, onCarriedOver, onChanged }: Props) {
  const client = useClient();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = workspace.date;

  const settle = async (action: CoachingAction, outcome: Outcome, change: () => Promise<unknown>) => {
    setBusy(action.id);
    setError(null);
    try {
      await change();
      onOutcome(action, outcome);
      onChanged();
      toast({ message: `“${action.text}”: ${outcome}`, tone: 'success' });
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(null);
    }
  };

  const buttons = (action: CoachingAction, choices: Array<[Outcome, string, () => Promise<unknown>]>): ReactNode => {
    const outcome = settled.get(action.id);
    if (outcome) return <span className="settled">{outcome[0]?.toUpperCase() + outcome.slice(1)}</span>;
    return (
      <span className="item-buttons">
        {choices.map(([result, label, change]) => (
          <button key={label} type="button" className="button button-small" disabled={!started || busy !== null} onClick={() => void settle(action, result, change)}>
            {label}
          </button>
        ))}
      </span>
    );
  };

  const setStatus = (id: string, status: 'done' | 'missed') => () => client.actions.setStatus({ id, status });
  const discussed = () => Promise.resolve();

  return (
    <div className="one-on-one-items">
      {!started && <p className="field-hint">Start the 1:1 to settle these here; the note records what happened.</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <ItemSection title="Open asks" count={workspace.openAsks.length} empty="No open asks. Asking is the default: the new asks section of the note records one with its three confirmations.">
        {workspace.openAsks.map((ask) => (
          <li key={ask.id} className={`row-item ${isMandateCandidate(ask, today) ? 'is-late' : ''}`}>
            <AskLine ask={ask} today={today} />
            {buttons(ask, [
              ['done', 'Done', setStatus(ask.id, 'done')],
              ['missed', 'Missed', setStatus(ask.id, 'missed')],
              ...(isMandateCandidate(ask, today) ? [['escalated to a mandate', 'Escalate', () => client.actions.escalate({ id: ask.id })] as [Outcome, string, () => Promise<unknown>]] : []),
              ['discussed', 'Discussed', discussed],
            ])}
          </li>
        ))}
      </ItemSection>
      <ItemSection title="Open mandates" count={workspace.openMandates.length} empty="No open mandates.">
        {workspace.openMandates.map((mandate) => (
          <li key={mandate.id} className="row-item">
            <MandateLine mandate={mandate} today={today} />
            {buttons(mandate, [
              ['done', 'Done', setStatus(mandate.id, 'done')],
              ['missed', 'Missed', setStatus(mandate.id, 'missed')],
              ['discussed', 'Discussed', discussed],
            ])}
          </li>
        ))}
      </ItemSection>
      <ItemSection
        title={workspace.previous ? `Shared since the last 1:1 (${formatDay(workspace.previous.date)})` : 'Shared in the last 30 days'}
        count={workspace.sharesSince.length}
        empty="Nothing shared in that time. Sharing asks for nothing back: a story, an idea, some coaching."
      >
        {workspace.sharesSince.map((share) => (
          <li key={share.id} className="row-item">
            <span className="row-main">
              <KindBadge kind="share" size="small" />
              <Link href={`/actions/${share.id}`}>{share.text}</Link>
              <span className="row-meta">
                {categoryLabels[share.category]} · {formatDay(share.date)}
              </span>
            </span>
            {buttons(share, [['discussed', 'Discussed', discussed]])}
          </li>
        ))}
      </ItemSection>
      <ItemSection title={workspace.previous ? `Carried over from ${formatDay(workspace.previous.date)}` : 'Carried over'} count={workspace.carriedOver.length} empty="Nothing left open by the last 1:1.">
        {workspace.carriedOver.map((item) => (
          <li key={item} className="row-item">
            <span className="row-main">{item}</span>
            {settled.get(item) ? (
              <span className="settled">Discussed</span>
            ) : (
              <span className="item-buttons">
                <button type="button" className="button button-small" disabled={!started} onClick={() => onCarriedOver(item)}>
                  Discussed
                </button>
              </span>
            )}
          </li>
        ))}
      </ItemSection>
    </div>
  );
}

function ItemSection({ title, count, empty, children }: { title: string; count: number; empty: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="ws-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <span className="section-count">{count}</span>
      </h2>
      {count === 0 ? <p className="section-empty">{empty}</p> : <ul className="row-list">{children}</ul>}
    </section>
  );
}

function AskLine({ ask, today }: { ask: AskAction; today: string }) {
  const { how, when, help } = ask.confirmations;
  const late = when !== null && when <= today ? daysBetween(when, today) : null;
  return (
    <span className="row-main">
      <KindBadge kind="ask" size="small" />
      <Link href={`/actions/${ask.id}`}>{ask.text}</Link>
      {late !== null && <span className="overdue-marker">{lateText(late)}</span>}
      <span className="row-meta">
        <span className={confirmationCount(ask) === 3 ? 'confirmed' : ''}>{confirmationSummary(ask)}</span> · how: {how ?? 'not confirmed'} · when: {when ? formatDay(when) : 'not confirmed'} · help:{' '}
        {help ?? 'not confirmed'}
      </span>
    </span>
  );
}

function MandateLine({ mandate, today }: { mandate: MandateAction; today: string }) {
  const late = mandate.dueDate !== null && mandate.dueDate <= today ? daysBetween(mandate.dueDate, today) : null;
  return (
    <span className="row-main">
      <KindBadge kind="mandate" size="small" />
      <Link href={`/actions/${mandate.id}`}>{mandate.text}</Link>
      {late !== null && <span className="overdue-marker">{lateText(late)}</span>}
      <span className="row-meta">
        Step {mandate.step} · {mandate.dueDate ? `due ${formatDay(mandate.dueDate)}` : 'no due date'}
      </span>
    </span>
  );
}
