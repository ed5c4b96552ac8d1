// Reminders for follow-ups: which are due today or overdue, and which of them still need a system
// notification today (one per follow-up per day). Pure: the clock and the log of what was already
// raised are passed in, so tests can move time freely.
import type { CoachingAction, FollowUp } from '../../shared/contract';
import { localDate } from '../../shared/calendarDays';
import { followUpOf } from '../actions/rules';

/** Follow-ups of `actions` as of `today`, most overdue first. */
export function followUpsOf(actions: Iterable<CoachingAction>, today: string): FollowUp[] {
  const followUps: FollowUp[] = [];
  for (const action of actions) {
    const followUp = followUpOf(action, today);
    if (followUp) followUps.push(followUp);
  }
  return followUps.sort((a, b) => b.daysLate - a.daysLate || a.action.personName.localeCompare(b.action.personName) || a.action.id.localeCompare(b.action.id));
}

export interface ReminderCheck {
  /** The leader's local date at `now`. */
  today: string;
  /** Everything due today or overdue, to show in the app. */
  followUps: FollowUp[];
  /** The follow-ups not yet notified today, to raise as system notifications now. */
  toNotify: FollowUp[];
}

/** `raised` holds the action ids already notified on `today` (from the reminder log). */
export function checkReminders(actions: Iterable<CoachingAction>, raisedToday: ReadonlySet<string>, now: Date): ReminderCheck {
  const today = localDate(now);
  const followUps = followUpsOf(actions, today);
  return { today, followUps, toNotify: followUps.filter((f) => !raisedToday.has(f.action.id)) };
}
