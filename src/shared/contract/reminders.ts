// The reminders namespace: follow-ups due today or overdue, and which still need a notification.
import { z } from 'zod';
import type { FollowUp } from './actions';
import type { UpcomingOneOnOne } from './oneOnOnes';
import { op } from './operation';

export interface ReminderView {
  today: string;
  followUps: FollowUp[];
  toNotify: FollowUp[];
  /** Scheduled 1:1s due today or overdue. */
  oneOnOnes: UpcomingOneOnOne[];
  /** Of them, those not raised as a notification yet today (with `record`, now logged). */
  oneOnOnesToNotify: UpcomingOneOnOne[];
}

export const reminderOperations = {
  /** Follow-ups and 1:1s due today or overdue. With `record`, those not yet notified today are returned to notify, and logged. */
  'reminders.check': op<ReminderView>()(z.object({ record: z.boolean().default(false) })),
};
