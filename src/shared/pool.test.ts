import { describe, expect, it } from 'vitest';
import { eachAtMost } from './pool';

describe('eachAtMost', () => {
  it('runs every job, never more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await eachAtMost([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5 * (n % 3)));
      done.push(n);
      running -= 1;
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it('starts no job once stopped', async () => {
    const stop = new AbortController();
    const started: number[] = [];
    await eachAtMost([1, 2, 3, 4], 1, async (n) => {
      started.push(n);
      if (n === 2) stop.abort();
    }, stop.signal);
    expect(started).toEqual([1, 2]);
  });
});
