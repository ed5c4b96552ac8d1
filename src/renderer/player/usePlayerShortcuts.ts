// The player's keys, wherever the focus is, while an episode is loaded (Space also starts the
// queue when nothing is): Space play/pause, ←/→ skip back/forward, [ and ] slower/faster, N a note
// at this moment. A page's own use of a key wins (the journal's day page steps days with [ and ]):
// this listener is added again after each page's, and leaves keys a page already handled.
import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import type { Player } from './playerContext';
import { focusTargetOf, shortcutOf } from './playerShortcuts';

export function usePlayerShortcuts(player: Player): void {
  const latest = useRef(player);
  useEffect(() => {
    latest.current = player;
  });
  const [path] = useLocation();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || (event.repeat && event.key === ' ')) return;
      const action = shortcutOf({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target: focusTargetOf(event.target instanceof Element ? event.target : null) });
      const now = latest.current;
      if (!action || (!now.episode && !(action === 'toggle' && now.queue.length > 0))) return;
      event.preventDefault();
      if (action === 'toggle') now.toggle();
      else if (action === 'back' || action === 'forward') now.skip(action);
      else if (action === 'slower') now.stepRate(-1);
      else if (action === 'faster') now.stepRate(1);
      else now.noteHere();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [path]);
}
