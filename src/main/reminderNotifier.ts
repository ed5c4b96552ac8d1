// Raises a system notification once per follow-up, and once per due 1:1, per day in the desktop app. The decision of what
// is due (and what was already raised today) is the core's `reminders.check`; this module only
// schedules the checks and hands each new follow-up to the notification sink Electron provides.
import type { FollowUp, ReminderView, UpcomingOneOnOne } from '../shared/contract';

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

/** The words of a notification for a 1:1 due today or overdue. */
export function oneOnOneNotice(due: UpcomingOneOnOne): { title: string; body: string } {
  return {
    title: due.next.state === 'due' ? `1:1 due today with ${due.person.name}` : `1:1 with ${due.person.name} overdue since ${due.next.date}`,
    body: due.last ? `Your last 1:1 was on ${due.last}. Open it to see their open asks and what it left open.` : 'Open it to see their open asks, mandates and what you shared.',
  };
}

/** Checks now and every `reminderCheckMinutes`; returns a function that stops it. */
export function startReminderNotifier(deps: ReminderNotifierDeps): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const { toNotify, oneOnOnesToNotify } = await deps.check();
      for (const followUp of toNotify) {
        deps.notify({ ...reminderNotice(followUp), open: () => deps.openRoute(`/actions/${followUp.action.id}`) });
      }
      for (const due of oneOnOnesToNotify) {
        deps.notify({ ...oneOnOneNotice(due), open: () => deps.openRoute(`/people/${due.person.id}/one-on-one`) });
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
