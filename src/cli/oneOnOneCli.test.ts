// `fulcrum one-on-one`: schedule, start (the note written once, what to go through printed), the
// list of 1:1s coming up, and plain errors naming the flag.
import { describe, expect, it } from 'vitest';
import { fulcrumIn } from '../../test/support/cli';
import { makeTempDir } from '../../test/support/tempDirs';

describe('fulcrum one-on-one', () => {
  it('schedules, starts and lists 1:1s, by a person\'s name', async () => {
    const temp = await makeTempDir();
    try {
      const run = (...args: string[]) => fulcrumIn(temp.dir, ...args);
      await run('person', 'add', '--name', 'Sam Okafor', '--relation', 'sales-manager', '--team', 'West');
      const added = await run('person', 'add', '--name', 'Dana Whitfield', '--relation', 'salesperson', '--team', 'West', '--manager', 'Sam Okafor', '--json');
      expect(JSON.parse(added.stdout)).toMatchObject({ team: 'West', managerId: expect.any(String) });
      await run('action', 'add', '--kind', 'ask', '--person', 'Dana Whitfield', '--text', 'Update the CRM', '--expected-by', '2020-01-10', '--date', '2020-01-02', '--how', 'An hour a day');

      const scheduled = await run('one-on-one', 'schedule', 'Dana Whitfield', '--every', 'weekly', '--day', 'fri');
      expect(scheduled).toMatchObject({ code: 0, stdout: '1:1s weekly on Friday\n' });
      const bad = await run('one-on-one', 'schedule', 'Dana Whitfield', '--every', 'weekly', '--day', '9');
      expect(bad.code).not.toBe(0);
      expect(bad.stderr).toContain('--day must be a weekday from 1 (Monday) to 7 (Sunday) for a weekly or biweekly 1:1, not "9"');

      const started = await run('one-on-one', 'start', 'dana whitfield');
      expect(started.code).toBe(0);
      expect(started.stdout).toMatch(/^1:1 with Dana Whitfield, \d{4}-\d{2}-\d{2} \(note [0-9a-f-]+\)\nfirst 1:1 · weekly on Friday · next /);
      expect(started.stdout).toMatch(/Open asks \(1\)\n {2}[0-9a-f-]+ {2}Update the CRM\n {6}how: An hour a day · when: 2020-01-10, \d+ days late · help: not confirmed/);
      const again = JSON.parse((await run('one-on-one', 'start', 'Dana Whitfield', '--json')).stdout);
      expect(again.note.id).toBe(/\(note ([0-9a-f-]+)\)/.exec(started.stdout)?.[1]);

      const upcoming = await run('one-on-one', 'upcoming', '--limit', '7');
      expect(upcoming.stdout).toMatch(/^\d{4}-\d{2}-\d{2} {2}upcoming {2}Dana Whitfield \(weekly on Friday, last \d{4}-\d{2}-\d{2}\)\n$/);
      expect((await run('one-on-one', 'start', 'Nobody Here')).stderr).toContain('no person is called "Nobody Here"');
    } finally {
      await temp.cleanup();
    }
  });
});
