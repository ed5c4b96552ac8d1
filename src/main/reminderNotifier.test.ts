// The desktop reminder schedule, driven through the real core: a follow-up is notified once per day.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core/createCore';
import { inProcessClient } from '../core/inProcessClient';
import { bundledContentDir } from '../core/paths';
import { makeTempDir } from '../../test/support/tempDirs';
import { reminderCheckMinutes, reminderNotice, startReminderNotifier } from './reminderNotifier';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let core: Core;
let now = new Date('2025-03-10T08:00:00');

beforeEach(async () => {
  now = new Date('2025-03-10T08:00:00');
  temp = await makeTempDir();
  core = await createCore({ dataDir: temp.dir, contentDir: bundledContentDir(), now: () => now, door: 'desktop' });
});
afterEach(async () => {
  core.close();
  await temp.cleanup();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('startReminderNotifier', () => {
  it('notifies a due 1:1 once a day, and opens its workspace', async () => {
    const client = inProcessClient(core.handlers);
    const dana = await client.people.create({ name: 'Dana', relation: 'salesperson' });
    await client.oneOnOnes.schedule({ personId: dana.id, cadence: 'weekly', day: 1, startsOn: '2025-03-03' }); // Mondays; 10 March is one
    const notices: Array<{ title: string; body: string; open: () => void }> = [];
    const opened: string[] = [];
    let tick: (() => void) | null = null;
    const stop = startReminderNotifier({
      check: () => client.reminders.check({ record: true }),
      notify: (notice) => notices.push(notice),
      openRoute: (route) => opened.push(route),
      setInterval: (run) => ((tick = run), 'handle'),
      clearInterval: () => undefined,
      onError: (error) => {
        throw error;
      },
    });
    await settle();
    // Never held: overdue since the first Monday, 3 March.
    expect(notices.map((n) => n.title)).toEqual(['1:1 with Dana overdue since 2025-03-03']);
    notices[0]?.open();
    expect(opened).toEqual([`/people/${dana.id}/one-on-one`]);
    tick!();
    await settle();
    expect(notices).toHaveLength(1); // same day: not again
    await client.oneOnOnes.start({ personId: dana.id });
    now = new Date('2025-03-17T08:00:00');
    tick!();
    await settle();
    expect(notices.at(-1)?.title).toBe('1:1 due today with Dana');
    expect(notices.at(-1)?.body).toBe('Your last 1:1 was on 2025-03-10. Open it to see their open asks and what it left open.');
    stop();
  });

  it('notifies each due follow-up once a day, at start and on each scheduled check', async () => {
    const client = inProcessClient(core.handlers);
    const dana = await client.people.create({ name: 'Dana', relation: 'salesperson' });
    const ask = await client.actions.create({ kind: 'ask', personId: dana.id, text: 'Send the forecast', date: '2025-03-07', confirmations: { when: '2025-03-10' } });
    await client.actions.create({ kind: 'ask', personId: dana.id, text: 'Later', confirmations: { when: '2025-03-20' } });

    const notices: Array<{ title: string; body: string; open: () => void }> = [];
    const opened: string[] = [];
    let tick: (() => void) | null = null;
    let interval = 0;
    const stop = startReminderNotifier({
      check: () => client.reminders.check({ record: true }),
      notify: (notice) => notices.push(notice),
      openRoute: (route) => opened.push(route),
      setInterval: (run, ms) => ((tick = run), (interval = ms), 'handle'),
      clearInterval: (handle) => expect(handle).toBe('handle'),
      onError: (error) => {
        throw error;
      },
    });
    await settle();
    expect(interval).toBe(reminderCheckMinutes * 60_000);
    expect(notices.map((n) => [n.title, n.body])).toEqual([['Ask for Dana due today', 'Send the forecast']]);
    notices[0]?.open();
    expect(opened).toEqual([`/actions/${ask.id}`]);

    tick!();
    await settle();
    expect(notices).toHaveLength(1); // same day: not again

    now = new Date('2025-03-12T08:00:00');
    tick!();
    await settle();
    expect(notices.at(-1)?.title).toBe('Ask for Dana 2 days overdue');
    stop();
  });

  it('reports a failing check instead of throwing', async () => {
    const errors: unknown[] = [];
    const stop = startReminderNotifier({
      check: () => Promise.reject(new Error('journal closed')),
      notify: () => undefined,
      openRoute: () => undefined,
      setInterval: () => 1,
      clearInterval: () => undefined,
      onError: (error) => errors.push(error),
    });
    await settle();
    expect(errors).toHaveLength(1);
    stop();
    expect(reminderNotice({ action: { kind: 'mandate', personName: 'Sam', text: 'x' } as never, due: '2025-03-01', state: 'overdue', daysLate: 1 }).title).toBe('Mandate for Sam 1 day overdue');
  });
});
