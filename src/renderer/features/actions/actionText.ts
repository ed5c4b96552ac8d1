// The words the UI uses for the coaching model's values, and small derived facts (how many of the
// three confirmations an ask has, whether it may be escalated) computed from what the core returned.
import type { ActionFlag, ActionKind, ActionStatus, AskAction, AskForm, CoachingAction, ShareCategory } from '../../../shared/coaching';

export const kindLabels: Record<ActionKind, string> = { ask: 'Ask', share: 'Share', mandate: 'Mandate' };

export const statusLabels: Record<ActionStatus, string> = { open: 'Open', done: 'Done', missed: 'Missed', escalated: 'Escalated' };

export const formLabels: Record<AskForm, { label: string; hint: string }> = {
  request: { label: 'Request', hint: '“Would you please…?” A plain, respectful ask: the usual way to start.' },
  challenge: { label: 'Challenge', hint: '“Can you handle this?” Stretches someone you believe can do more.' },
  'lost-confidence': { label: 'Lost confidence', hint: '“I no longer trust this will happen.” The last ask before a mandate.' },
};

export const categoryLabels: Record<ShareCategory, string> = {
  expertise: 'Expertise',
  coaching: 'Coaching',
  story: 'A story',
  idea: 'An idea',
  suggestion: 'A suggestion',
  experience: 'An experience',
  wisdom: 'Wisdom',
  thought: 'A thought',
  feeling: 'A feeling',
  wish: 'A wish',
};

export const flagLabels: Record<ActionFlag, string> = { 'no-prior-ask': 'No earlier ask', 'skips-a-step': 'Skips a ladder step' };

export const textQuestion: Record<ActionKind, string> = {
  ask: 'What do you ask?',
  share: 'What do you share?',
  mandate: 'What do you require?',
};

export function confirmationCount(ask: AskAction): number {
  const { how, when, help } = ask.confirmations;
  return [how, when, help].filter((value) => value !== null && value.trim() !== '').length;
}

export function confirmationSummary(ask: AskAction): string {
  const count = confirmationCount(ask);
  return count === 3 ? 'Confirmed: 3 of 3' : `${count} of 3 confirmations`;
}

/** Mirrors the core's rule: an open ask past its "when", or a missed ask not yet escalated. */
export function isMandateCandidate(action: CoachingAction, today: string): boolean {
  if (action.kind !== 'ask') return false;
  if (action.status === 'missed') return action.escalatedTo === null;
  return action.status === 'open' && action.confirmations.when !== null && action.confirmations.when < today;
}

/** A mandate climbs the ladder once it was missed or its due date has passed. */
export function canClimb(action: CoachingAction, today: string): boolean {
  if (action.kind !== 'mandate') return false;
  return action.status === 'missed' || (action.status === 'open' && action.dueDate !== null && action.dueDate < today);
}

/** The date an open ask or mandate is due, if any. */
export function dueOf(action: CoachingAction): string | null {
  if (action.kind === 'ask') return action.confirmations.when;
  if (action.kind === 'mandate') return action.dueDate;
  return null;
}

export function isOverdue(action: CoachingAction, today: string): boolean {
  const due = dueOf(action);
  return action.status === 'open' && due !== null && due < today;
}

/** Status changes the core allows by hand; "escalated" comes only from escalating. */
export function allowedStatuses(action: CoachingAction): ActionStatus[] {
  if (action.kind === 'share' || action.status === 'escalated') return [];
  return action.status === 'open' ? ['done', 'missed'] : ['open'];
}
