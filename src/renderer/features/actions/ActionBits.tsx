// Small pieces every coaching view shares: the kind badge, the status pill, flags with their
// reasons, and one action as a row in a list (person timeline, lesson page).
import { Link } from 'wouter';
import { flagReasons, type ActionFlag, type ActionKind, type ActionStatus, type CoachingAction, type LadderStep } from '../../../shared/contract';
import { formatDay } from '../../ui/formatDate';
import { categoryLabels, confirmationSummary, dueOf, flagLabels, isOverdue, kindLabels, statusLabels } from './actionText';

export function KindBadge({ kind, size = 'normal' }: { kind: ActionKind; size?: 'normal' | 'small' }) {
  return (
    <span className={`mode-badge mode-${kind} ${size === 'small' ? 'mode-badge-small' : ''}`} title={`Kind: ${kindLabels[kind]}`}>
      {kindLabels[kind]}
    </span>
  );
}

export function StatusPill({ status, overdue = false }: { status: ActionStatus; overdue?: boolean }) {
  return (
    <span className={`status-pill status-${overdue ? 'overdue' : status}`}>
      {statusLabels[status]}
      {overdue && ' · overdue'}
    </span>
  );
}

/** Flags as visible warnings, each with the reason the app raised it. */
export function FlagList({ flags, compact = false }: { flags: ActionFlag[]; compact?: boolean }) {
  if (flags.length === 0) return null;
  if (compact) {
    return (
      <span className="flag-chips">
        {flags.map((flag) => (
          <span key={flag} className="flag-chip" title={flagReasons[flag]}>
            <span aria-hidden="true">⚑ </span>
            {flagLabels[flag]}
          </span>
        ))}
      </span>
    );
  }
  return (
    <ul className="flag-list" aria-label="Flags">
      {flags.map((flag) => (
        <li key={flag} className="flag-note">
          <strong>
            <span aria-hidden="true">⚑ </span>Flagged
          </strong>{' '}
          <span>{flagReasons[flag]}</span>
        </li>
      ))}
    </ul>
  );
}

/** One action in a list: kind, text, who, when, how it stands. */
interface RowProps {
  action: CoachingAction;
  today: string;
  showPerson?: boolean;
  /** The leader's ladder, to name a mandate's step. */
  ladder?: LadderStep[];
}

export function ActionRow({ action, today, showPerson = true, ladder }: RowProps) {
  const due = dueOf(action);
  const overdue = isOverdue(action, today);
  return (
    <Link href={`/actions/${action.id}`} className="action-row">
      <span className="action-row-kind">
        <KindBadge kind={action.kind} size="small" />
      </span>
      <span className="action-row-main">
        <span className="action-row-text">{action.text}</span>
        <span className="action-row-meta">
          {showPerson && <span>{action.personName}</span>}
          <time dateTime={action.date}>{formatDay(action.date)}</time>
          {action.kind === 'ask' && <span>{confirmationSummary(action)}</span>}
          {action.kind === 'mandate' && <span>Step {action.step}{stepTitle(ladder, action.step)}</span>}
          {action.kind === 'share' && <span>{categoryLabels[action.category]}</span>}
          {due && action.status === 'open' && <span>Due {formatDay(due)}</span>}
          <FlagList flags={action.flags} compact />
        </span>
      </span>
      {action.kind !== 'share' && <StatusPill status={action.status} overdue={overdue} />}
    </Link>
  );
}

function stepTitle(ladder: LadderStep[] | undefined, step: number): string {
  const name = ladder?.find((s) => s.step === step)?.name;
  return name ? `: ${name}` : '';
}
