// The app's sense of "now". Normally the system clock; browser mode started for tests
// (FULCRUM_TEST_CLOCK=1) uses an adjustable one so end-to-end tests can move days ahead.

export interface AdjustableClock {
  now(): Date;
  /** From now on, the clock reads `at` and runs on from there. */
  setNow(at: Date): void;
}

export function adjustableClock(real: () => Date = () => new Date()): AdjustableClock {
  let offsetMs = 0;
  return {
    now: () => new Date(real().getTime() + offsetMs),
    setNow: (at) => {
      offsetMs = at.getTime() - real().getTime();
    },
  };
}

export const testClockVariable = 'FULCRUM_TEST_CLOCK';
