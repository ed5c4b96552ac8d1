// The words the UI uses for the coaching model's values (kinds, statuses, ask forms, share
// categories, flags), and how far an ask is confirmed, in words.
import { confirmationCount } from '../../shared/actionRules';
import type { ActionFlag, ActionKind, ActionStatus, AskAction, AskForm, ShareCategory } from '../../shared/contract';

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

export function confirmationSummary(ask: AskAction): string {
  const count = confirmationCount(ask);
  return count === 3 ? 'Confirmed: 3 of 3' : `${count} of 3 confirmations`;
}
