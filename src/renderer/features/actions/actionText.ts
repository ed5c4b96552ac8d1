// The words the UI uses for the coaching model's values, and small derived facts (how many of the
// three confirmations an ask has, whether it may be escalated) computed from what the core returned.
import { allowedStatusChanges, confirmationCount } from '../../../shared/actionRules';
import type { ActionFlag, ActionKind, ActionStatus, AskAction, AskForm, CoachingAction, ShareCategory } from '../../../shared/contract';

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

export function confirmationSummary(ask: AskAction): string {
  const count = confirmationCount(ask);
  return count === 3 ? 'Confirmed: 3 of 3' : `${count} of 3 confirmations`;
}

/** The coaching rules the UI offers its buttons by: the very functions the core enforces. */
export { canClimb, confirmationCount, dueDateOf as dueOf, isMandateCandidate, isOverdue } from '../../../shared/actionRules';

/** Status changes the core allows by hand; "escalated" comes only from escalating. */
export function allowedStatuses(action: CoachingAction): ActionStatus[] {
  return [...allowedStatusChanges(action)];
}
