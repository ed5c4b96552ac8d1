import { describe, expect, it } from 'vitest';
import { adjustableClock } from './clock';

describe('adjustableClock', () => {
  it('reads the real clock until set, then runs on from the time it was set to', () => {
    let real = new Date('2025-03-10T09:00:00Z').getTime();
    const clock = adjustableClock(() => new Date(real));
    expect(clock.now().toISOString()).toBe('2025-03-10T09:00:00.000Z');
    clock.setNow(new Date('2025-03-20T12:00:00Z'));
    expect(clock.now().toISOString()).toBe('2025-03-20T12:00:00.000Z');
    real += 60_000;
    expect(clock.now().toISOString()).toBe('2025-03-20T12:01:00.000Z');
  });
});
