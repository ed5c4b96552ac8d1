import { describe, expect, it } from 'vitest';
import { LatestWins } from './latestWins';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('LatestWins', () => {
  it('runs the first task at once and only the newest waiting task after it', async () => {
    const channel = new LatestWins();
    const started: string[] = [];
    const first = deferred();
    channel.submit(() => (started.push('m'), first.promise));
    channel.submit(() => (started.push('ma'), Promise.resolve()));
    channel.submit(() => (started.push('man'), Promise.resolve()));
    expect(started).toEqual(['m']);
    first.resolve();
    await tick();
    expect(started).toEqual(['m', 'man']);
    expect(channel.busy).toBe(false);
  });

  it('goes on after a task fails or throws', async () => {
    const channel = new LatestWins();
    const started: string[] = [];
    const first = deferred();
    channel.submit(() => (started.push('a'), first.promise));
    channel.submit(() => {
      started.push('b');
      throw new Error('no');
    });
    first.reject(new Error('offline'));
    await tick();
    channel.submit(() => (started.push('c'), Promise.resolve()));
    await tick();
    expect(started).toEqual(['a', 'b', 'c']);
  });
});
