// Asks before leaving a page with unsaved work: in-app navigation (links, Back) and closing or
// reloading the window.
import { useEffect, useRef } from 'react';
import { setLeaveGuard } from './hashLocation';

export function useLeaveGuard(dirty: boolean, question: string): void {
  const state = useRef({ dirty, question });
  useEffect(() => {
    state.current = { dirty, question };
  });

  useEffect(() => {
    setLeaveGuard(() => !state.current.dirty || window.confirm(state.current.question));
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!state.current.dirty) return;
      event.preventDefault();
      // Older engines show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      setLeaveGuard(null);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);
}
