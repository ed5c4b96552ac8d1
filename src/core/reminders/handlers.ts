// The reminders namespace: follow-ups due now, and which still need a notification today.
import { localDate } from '../../shared/calendarDays';
import type { OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { ActionStore } from '../actions/actionStore';
import type { UpcomingOneOnOne } from '../../shared/contract';
import type { ReminderLog } from './reminderLog';
import { checkReminders } from './reminders';

export interface ReminderDeps {
  actions: ActionStore;
  reminderLog: ReminderLog;
  now: () => Date;
  /** Scheduled 1:1s due or overdue today. */
  oneOnOnesDue: () => UpcomingOneOnOne[];
}

export function reminderHandlers(d: ReminderDeps): Handlers<OperationsOf<'reminders'>> {
  return {
    'reminders.check': ({ record }) => {
      const check = checkReminders(d.actions.openOrMissed(), d.reminderLog.raisedOn(localDate(d.now())), d.now());
      const oneOnOnes = d.oneOnOnesDue();
      const raised = d.reminderLog.oneOnOnesRaisedOn(check.today);
      const oneOnOnesToNotify = oneOnOnes.filter((due) => !raised.has(due.person.id));
      if (record) {
        d.reminderLog.record(check.today, check.toNotify.map((f) => f.action.id));
        d.reminderLog.recordOneOnOnes(check.today, oneOnOnesToNotify.map((due) => due.person.id));
      }
      return { ...check, oneOnOnes, oneOnOnesToNotify };
    },
  };
}
