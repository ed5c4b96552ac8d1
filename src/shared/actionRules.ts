// The coaching rules that both sides need to read a record: when it is due, whether it is overdue,
// whether a mandate may now follow it, and which status changes are allowed by hand. The core
// enforces them before writing (src/core/actions/rules.ts); the UI uses the same functions to
// decide what to offer, so the two never disagree.
import type { ActionKind, ActionStatus, AskAction, CoachingAction } from './contract';

/** The date an open ask (its "when") or mandate (its due date) is due, if it has one. */
export function dueDateOf(action: CoachingAction): string | null {
  if (action.kind === 'ask') return action.confirmations.when;
  if (action.kind === 'mandate') return action.dueDate;
  return null;
}

/** How many of the three confirmations (how, when, what help) the person has given. */
export function confirmationCount(ask: AskAction): number {
  const { how, when, help } = ask.confirmations;
  return [how, when, help].filter((value) => value !== null && value.trim() !== '').length;
}

/** Open and past its date (`today` is the leader's local date, YYYY-MM-DD). */
export function isOverdue(action: CoachingAction, today: string): boolean {
  const due = dueDateOf(action);
  return action.status === 'open' && due !== null && due < today;
}

/**
 * An ask a mandate may now follow: open and past the date the person confirmed, or marked missed
 * and not escalated yet.
 */
export function isMandateCandidate(action: CoachingAction, today: string): boolean {
  if (action.kind !== 'ask') return false;
  if (action.status === 'missed') return action.escalatedTo === null;
  return isOverdue(action, today);
}

/**
 * The day a mandate candidate fell behind: an open ask on the date the person confirmed, a missed
 * one on that date too when it had one, else on the day it was marked missed.
 */
export function behindSince(ask: AskAction): string {
  const { when } = ask.confirmations;
  if (ask.status === 'open' || !ask.closedOn) return when ?? ask.date;
  return when !== null && when < ask.closedOn ? when : ask.closedOn;
}

/** Mandate candidates, the most overdue first: the one a new mandate should propose to escalate. */
export function mostOverdueFirst<T extends AskAction>(asks: readonly T[]): T[] {
  return [...asks].sort((a, b) => behindSince(a).localeCompare(behindSince(b)) || a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
}

/** A mandate climbs one ladder step once it was missed or its due date has passed. */
export function canClimb(action: CoachingAction, today: string): boolean {
  if (action.kind !== 'mandate') return false;
  return action.status === 'missed' || isOverdue(action, today);
}

/** Status changes allowed by hand; "escalated" is reached only by escalating. */
export const statusTransitions: Record<ActionKind, Partial<Record<ActionStatus, readonly ActionStatus[]>>> = {
  ask: { open: ['done', 'missed'], done: ['open'], missed: ['open'] },
  mandate: { open: ['done', 'missed'], done: ['open'], missed: ['open'] },
  share: {},
};

export function allowedStatusChanges(action: CoachingAction): readonly ActionStatus[] {
  return statusTransitions[action.kind][action.status] ?? [];
}
