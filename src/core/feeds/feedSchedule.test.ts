// The automatic refresh on a real SQLite file: its schedule as set (and off), when the next one is
// due, and a run that refreshes every feed when due, once.
import { describe, expect, it } from 'vitest';
import { storageForEachTest } from '../../../test/support/storageFixture';
import { FeedSchedule, startFeedSchedule } from './feedSchedule';
import { FeedStore } from './feedStore';

const fixture = storageForEachTest();

describe('the feed schedule', () => {
  it('is every 6 hours until set, off at 0, and due again that long after the last run', () => {
    const schedule = new FeedSchedule(fixture.storage.db);
    const now = new Date('2025-03-10T09:00:00Z');
    expect(schedule.everyHours()).toBe(6);
    expect(schedule.nextAt(now)).toBe(now.toISOString());
    schedule.markRun(now);
    expect(schedule.nextAt(now)).toBe('2025-03-10T15:00:00.000Z');
    schedule.setEveryHours(0);
    expect(schedule.nextAt(now)).toBeNull();
  });

  it('refreshes every feed when due, and not again before the next time', async () => {
    const schedule = new FeedSchedule(fixture.storage.db);
    const store = new FeedStore(fixture.storage, () => new Date());
    store.createFeed('https://example.com/a.xml', 'A');
    store.createFeed('https://example.com/b.xml', 'B');
    const refreshed: string[] = [];
    let now = new Date('2025-03-10T09:00:00Z');
    const stop = startFeedSchedule({
      schedule,
      store,
      now: () => now,
      checkEveryMs: 10,
      refresh: async (feed) => {
        refreshed.push(feed.title);
        return { feedId: feed.id, title: feed.title, status: 'unchanged', detail: '', newEpisodes: 0 };
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(refreshed.sort()).toEqual(['A', 'B']);
    now = new Date('2025-03-10T15:00:01Z');
    await new Promise((resolve) => setTimeout(resolve, 80));
    stop();
    expect(refreshed).toHaveLength(4);
  });
});
