// Host operations as browser mode answers them: there is no native dialog, the page downloads;
// the clock moves only in a run started for tests.
import type { HostOperationName } from '../shared/contract';
import type { Handlers } from '../shared/dispatch';
import { FulcrumError } from '../shared/errors';
import { testClockVariable, type AdjustableClock } from '../core/clock';
import { localDate } from '../shared/calendarDays';

/** `testClock` is given only when browser mode was started for tests (FULCRUM_TEST_CLOCK=1). */
export function webHostHandlers(options: { testClock?: AdjustableClock | undefined } = {}): Handlers<HostOperationName> {
  return {
    'host.saveFile': () => {
      throw new FulcrumError('unavailable', 'Browser mode has no save dialog; the page downloads the file instead.');
    },
    'host.setClock': ({ now }) => {
      const clock = options.testClock;
      if (!clock) throw new FulcrumError('unavailable', `The clock can only be moved when Fulcrum was started for tests (${testClockVariable}=1). Nothing was changed.`);
      clock.setNow(new Date(now));
      return { now: clock.now().toISOString(), today: localDate(clock.now()) };
    },
  };
}
