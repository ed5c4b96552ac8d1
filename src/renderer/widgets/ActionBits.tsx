// Small pieces every coaching view shares: the kind badge, the status pill, flags with their
// reasons, a ladder step's name, and one action as a row in a list (action page, person timeline,
// lesson page).
import { Link } from 'wouter';
import { dueDateOf, isOverdue } from '../../shared/actionRules';
import { flagReasons, type ActionFlag, type ActionKind, type ActionStatus, type CoachingAction, type LadderStep } from '../../shared/contract';
import { formatDay } from '../ui/formatDate';
import { categoryLabels, confirmationSummary, flagLabels, kindLabels, statusLabels } from '../words/actionText';
import './action-bits.css';

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
  const due = dueDateOf(action);
  const overdue = isOverdue(action, today);
  const step = action.kind === 'mandate' ? stepName(ladder, action.step) : undefined;
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
          {action.kind === 'mandate' && <span>Step {action.step}{step && `: ${step}`}</span>}
          {action.kind === 'share' && <span>{categoryLabels[action.category]}</span>}
          {due && action.status === 'open' && <span>Due {formatDay(due)}</span>}
          <FlagList flags={action.flags} compact />
        </span>
      </span>
      {action.kind !== 'share' && <StatusPill status={action.status} overdue={overdue} />}
    </Link>
  );
}

/** The name the leader gave a step of their accountability ladder, if any. */
export function stepName(ladder: LadderStep[] | undefined, step: number): string | undefined {
  return ladder?.find((s) => s.step === step)?.name;
}
