// Keeps the line being spoken in view while the leader follows along and the transcript is on
// screen (Play at the top of the page does not pull it down to the transcript). A scroll of their
// own (the wheel, a touch, the scrolling keys) stops following, so the page never fights them;
// turning "Follow along" on again brings the line back.
import { useEffect, useState, type RefObject } from 'react';

const scrollKeys = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown']);

function scrollParentOf(element: HTMLElement | null): HTMLElement | Window {
  for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return window;
}

function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function onScreen(element: HTMLElement | null): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}

/**
 * `active`: the transcript's episode is the one loaded. `transcript` holds the whole list, `line`
 * the line spoken now; `index` changes when another line starts. Returns whether it follows, and a
 * way to turn that on or off.
 */
export function useFollowAlong(active: boolean, transcript: RefObject<HTMLElement | null>, line: RefObject<HTMLElement | null>, index: number, startFollowing: boolean): [boolean, (follow: boolean) => void] {
  const [follow, setFollow] = useState(startFollowing);

  useEffect(() => {
    if (!active || !follow) return;
    const scroller = scrollParentOf(line.current);
    const stop = () => setFollow(false);
    const onKey = (event: KeyboardEvent) => {
      if (scrollKeys.has(event.key) && !typingIn(event.target)) stop();
    };
    scroller.addEventListener('wheel', stop, { passive: true });
    scroller.addEventListener('touchmove', stop, { passive: true });
    window.addEventListener('keydown', onKey);
    return () => {
      scroller.removeEventListener('wheel', stop);
      scroller.removeEventListener('touchmove', stop);
      window.removeEventListener('keydown', onKey);
    };
  }, [active, follow, line]);

  useEffect(() => {
    if (!active || !follow || index < 0 || !onScreen(transcript.current)) return;
    const calm = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    line.current?.scrollIntoView({ block: 'center', behavior: calm ? 'auto' : 'smooth' });
  }, [active, follow, index, line, transcript]);

  return [follow, setFollow];
}
