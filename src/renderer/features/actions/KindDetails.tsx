// What a mandate or a share carries beyond its text: for a mandate, the ask it escalates, its due
// date and ladder step; for a share, its category and the reminder that nothing is expected back.
import { Link } from 'wouter';
import type { ActionDetail, LadderStep } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { StatusPill, stepName } from '../../widgets/ActionBits';
import { categoryLabels } from '../../words/actionText';
import { LinkEarlierAsk } from './LinkEarlierAsk';

export function KindDetails({ detail, ladder, onChanged }: { detail: ActionDetail; ladder: LadderStep[]; onChanged: () => void }) {
  const { action, ask } = detail;
  if (action.kind === 'share') {
    return (
      <section className="detail-card" aria-label="Share">
        <dl className="detail-list">
          <dt>What kind of share</dt>
          <dd>{categoryLabels[action.category]}</dd>
        </dl>
        <p className="share-note">Nothing is expected back: a share is given unconditionally, on trust, respect and credibility. If you need something in return, record an ask.</p>
      </section>
    );
  }
  if (action.kind !== 'mandate') return null;
  const name = stepName(ladder, action.step);
  return (
    <section className="detail-card" aria-label="Mandate">
      <dl className="detail-list">
        <dt>Escalates</dt>
        <dd>
          {ask ? (
            <span className="escalated-ask">
              <Link href={`/actions/${ask.id}`}>{ask.text}</Link>
              <span className="muted"> · asked {formatDay(ask.date)}</span> <StatusPill status={ask.status} />
            </span>
          ) : (
            <>
              <span className="muted">No earlier ask</span>
              <LinkEarlierAsk mandate={action} onLinked={onChanged} />
            </>
          )}
        </dd>
        <dt>Due by</dt>
        <dd>{action.dueDate ? <time dateTime={action.dueDate}>{formatDay(action.dueDate, 'long')}</time> : <span className="muted">No due date</span>}</dd>
        <dt>Ladder step</dt>
        <dd>
          Step {action.step} of {ladder.length}
          {name && `: ${name}`}
        </dd>
      </dl>
    </section>
  );
}
