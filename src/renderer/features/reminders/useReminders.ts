// Follow-ups due today or overdue, kept fresh while the app is open: on start, every minute, when
// the window comes back into view, and after each navigation (the call is cheap).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReminderView } from '../../../shared/contract';
import { useClient } from '../../transport/connection';

const everyMinute = 60_000;

export function useReminders(path: string): ReminderView | null {
  const client = useClient();
  const [view, setView] = useState<ReminderView | null>(null);
  // Only the newest answer counts: an older one arriving late must not bring back a stale list.
  const latest = useRef(0);

  const refresh = useCallback(() => {
    const call = ++latest.current;
    client.reminders
      .check({})
      .then((next) => {
        if (call === latest.current) setView(next);
      })
      // A reminder that cannot be loaded is not worth an error on every page; keep what was shown.
      .catch(() => undefined);
  }, [client]);

  useEffect(() => {
    refresh();
  }, [refresh, path]);

  useEffect(
    () => () => {
      latest.current = -1;
    },
    [],
  );

  useEffect(() => {
    const timer = window.setInterval(refresh, everyMinute);
    const onVisible = () => {
      if (document.visibilityState === 'visible') refresh();
    };
    window.addEventListener('focus', refresh);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', refresh);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  return view;
}

const dismissedKey = 'fulcrum.reminders.dismissedOn';

/** The day (as the core sees it) the leader last dismissed the reminders, from localStorage. */
export function readDismissedDay(): string | null {
  try {
    return window.localStorage.getItem(dismissedKey);
  } catch {
    return null;
  }
}

export function writeDismissedDay(day: string): void {
  try {
    window.localStorage.setItem(dismissedKey, day);
  } catch {
    // Storage may be unavailable (private mode); the dismissal then lasts until the app reloads.
  }
}
