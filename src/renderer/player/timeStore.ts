// Where playback is, as a tiny external store: the audio element writes it on every time update,
// and only the components that show the time (through usePlayerTime) re-render.

export interface TimeStore {
  get: () => number;
  set: (seconds: number) => void;
  subscribe: (listener: () => void) => () => void;
}

export function createTimeStore(): TimeStore {
  let now = 0;
  const listeners = new Set<() => void>();
  return {
    get: () => now,
    set: (seconds) => {
      if (seconds === now) return;
      now = seconds;
      listeners.forEach((listener) => listener());
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
