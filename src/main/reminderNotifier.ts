// Raises a system notification once per follow-up per day in the desktop app. The decision of what
// is due (and what was already raised today) is the core's `reminders.check`; this module only
// schedules the checks and hands each new follow-up to the notification sink Electron provides.
import type { FollowUp, ReminderView } from '../shared/contract';

export interface ReminderNotifierDeps {
  /** The core's reminders.check with `record: true`. */
  check: () => Promise<ReminderView>;
  /** Shows one notification; `open` brings the app to the action. */
  notify: (notice: { title: string; body: string; open: () => void }) => void;
  /** Opens the app at a route, e.g. `/actions/ID`. */
  openRoute: (route: string) => void;
  setInterval: (run: () => void, ms: number) => unknown;
  clearInterval: (handle: unknown) => void;
  /** Where a failed check is reported (never thrown: reminders must not take the app down). */
  onError: (error: unknown) => void;
}

export const reminderCheckMinutes = 15;

/** The words of a notification for one follow-up. */
export function reminderNotice(followUp: FollowUp): { title: string; body: string } {
  const { action } = followUp;
  const what = action.kind === 'ask' ? 'Ask' : 'Mandate';
  const when = followUp.state === 'due-today' ? 'due today' : `${followUp.daysLate} day${followUp.daysLate === 1 ? '' : 's'} overdue`;
  return { title: `${what} for ${action.personName} ${when}`, body: action.text };
}

/** Checks now and every `reminderCheckMinutes`; returns a function that stops it. */
export function startReminderNotifier(deps: ReminderNotifierDeps): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const { toNotify } = await deps.check();
      for (const followUp of toNotify) {
        deps.notify({ ...reminderNotice(followUp), open: () => deps.openRoute(`/actions/${followUp.action.id}`) });
      }
    } catch (error) {
      deps.onError(error);
    } finally {
      running = false;
    }
  };
  void run();
  const handle = deps.setInterval(() => void run(), reminderCheckMinutes * 60_000);
  return () => deps.clearInterval(handle);
}
