// Long work done in slices on a thread that also answers queries: `await pace()` in the work's loop
// costs nothing until the slice's time is up, then lets the event loop take a turn.
import { setImmediate as nextTurn } from 'node:timers/promises';

export type Pacer = () => Promise<void> | void;

export function pacer(sliceMs: number): Pacer {
  let deadline = performance.now() + sliceMs;
  return () => {
    if (performance.now() < deadline) return;
    return nextTurn().then(() => {
      deadline = performance.now() + sliceMs;
    });
  };
}
