// Keys of the day page: [ and ] (or Alt+← and Alt+→) step a day back or forward, T goes to today.
// Ignored while the leader types in a field, so they never eat a character.
import { useEffect, useRef } from 'react';

export interface DayShortcuts {
  previous: () => void;
  next: () => void;
  today: () => void;
}

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function useDayShortcuts(shortcuts: DayShortcuts): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || typingIn(event.target)) return;
      const alt = event.altKey && !event.shiftKey;
      let action: (() => void) | null = null;
      if ((event.key === '[' && !event.altKey) || (alt && event.key === 'ArrowLeft')) action = latest.current.previous;
      else if ((event.key === ']' && !event.altKey) || (alt && event.key === 'ArrowRight')) action = latest.current.next;
      else if (!event.altKey && !event.shiftKey && event.key.toLowerCase() === 't') action = latest.current.today;
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
