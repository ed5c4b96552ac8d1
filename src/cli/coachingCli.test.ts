// The coaching commands, run in-process through main() (the child-process tests in cli.test.ts
// already prove the binary, exit codes and stderr); each call still opens the real journal file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AskAction, BalanceReport, CoachingAction, MandateAction, Person } from '../shared/contract';
import { makeTempDir } from '../../test/support/tempDirs';
import { localDate } from '../shared/calendarDays';
import { fulcrumIn } from '../../test/support/cli';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir();
});
afterEach(() => temp.cleanup());

const fulcrum = (...args: string[]) => fulcrumIn(temp.dir, ...args);
async function json<T>(...args: string[]): Promise<T> {
  const result = await fulcrum(...args, '--json');
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}
const daysAgo = (n: number) => localDate(new Date(Date.now() - n * 86_400_000));

describe('fulcrum person, action and balance', () => {
  it('adds people and backfills an ask that becomes a candidate, escalates it, and counts it all', async () => {
    const dana = await json<Person>('person', 'add', '--name', 'Dana Whitfield', '--relation', 'salesperson', '--role', 'AE');
    expect(dana).toMatchObject({ name: 'Dana Whitfield', relation: 'salesperson', role: 'AE' });
    expect((await json<Person[]>('person', 'list')).map((p) => p.id)).toEqual([dana.id]);

    const ask = await json<AskAction>('action', 'add', '--kind', 'ask', '--person', 'dana whitfield', '--text', 'Update the close dates', '--lesson', 'three-confirmations', '--date', daysAgo(9), '--expected-by', daysAgo(2), '--how', 'Tuesday block', '--help-needed', 'Field walkthrough', '--form', 'challenge');
    expect(ask).toMatchObject({ kind: 'ask', form: 'challenge', date: daysAgo(9), lessonIds: ['three-confirmations'], confirmations: { how: 'Tuesday block', when: daysAgo(2), help: 'Field walkthrough' } });
    const share = await json<CoachingAction>('action', 'add', '--kind', 'share', '--person', dana.id, '--text', 'My forecast checklist', '--category', 'expertise');
    expect(share).toMatchObject({ kind: 'share', status: 'done' });

    expect((await json<AskAction[]>('action', 'list', '--candidates')).map((a) => a.id)).toEqual([ask.id]);
    const human = await fulcrum('action', 'list', '--candidates');
    expect(human.stdout).toContain(`${ask.id}  ${daysAgo(9)}  ask/open  Dana Whitfield: Update the close dates`);
    expect(human.stdout).toContain('3/3 confirmations');

    const escalated = await json<{ mandate: MandateAction; from: AskAction }>('action', 'escalate', ask.id, '--expected-by', daysAgo(-5));
    expect(escalated.mandate).toMatchObject({ text: 'Update the close dates', escalates: ask.id, step: 1, dueDate: daysAgo(-5) });
    expect(escalated.from.status).toBe('escalated');
    expect(await json<AskAction[]>('action', 'list', '--candidates')).toEqual([]);
    expect((await json<CoachingAction[]>('action', 'list', '--person', dana.id, '--status', 'open')).map((a) => a.id)).toEqual([escalated.mandate.id]);
    expect((await json<CoachingAction>('action', 'done', escalated.mandate.id)).status).toBe('done');

    const balance = await json<BalanceReport>('balance', '--weeks', '4');
    expect(balance.weeks).toHaveLength(4);
    expect(balance.totals).toEqual({ ask: 1, share: 1, mandate: 1 });
    expect(balance.weeks.reduce((n, w) => n + w.ask + w.share + w.mandate, 0)).toBe(3);
    expect((await fulcrum('balance', '--person', 'Dana Whitfield')).stdout).toMatch(/Asks: 33% of all actions \(target 60%\)/);

    const found = await json<Array<{ id: string }>>('search', 'close dates', '--kind', 'action', '--status', 'escalated');
    expect(found.map((h) => h.id)).toEqual([ask.id]);
    const rows = (await json<Array<{ id: string; kind: string }>>('search', 'close', '--kind', 'action', '--person', dana.id)).map((h) => h.id);
    expect(rows.sort()).toEqual([ask.id, escalated.mandate.id].sort());
    expect((await json<Array<{ id: string }>>('search', 'whitfield', '--kind', 'person')).map((h) => h.id)).toEqual([dana.id]);
    // Due range: the ask was due two days ago, the mandate is due in five days.
    expect((await json<Array<{ id: string }>>('search', 'close', '--kind', 'action', '--due-to', daysAgo(1))).map((h) => h.id)).toEqual([ask.id]);
    expect((await json<Array<{ id: string }>>('search', 'close', '--kind', 'action', '--due-from', daysAgo(0))).map((h) => h.id)).toEqual([escalated.mandate.id]);
    const soon = await fulcrum('search', 'close', '--due-from', 'soon');
    expect(soon.code).toBe(2);
    expect(soon.stderr).toMatch(/^fulcrum: --due-from must be a date written YYYY-MM-DD, not "soon"$/m);
    expect((await fulcrum('show', ask.id)).stdout).toContain(`escalated to ${escalated.mandate.id}`);
  });

  it('flags a mandate without an earlier ask and explains refusals on stderr with exit 1 or 2', async () => {
    const sam = await json<Person>('person', 'add', '--name', 'Sam', '--relation', 'sales-manager');
    const flagged = await json<MandateAction>('action', 'add', '--kind', 'mandate', '--person', sam.id, '--text', 'Weekly forecast by Friday noon');
    expect(flagged.flags).toEqual(['no-prior-ask']);
    expect((await fulcrum('action', 'add', '--kind', 'mandate', '--person', sam.id, '--text', 'x')).stdout).toContain('flagged: no-prior-ask');
    expect((await fulcrum('action', 'list')).stdout).toContain('! No earlier ask');

    const share = await fulcrum('action', 'add', '--kind', 'share', '--person', sam.id, '--text', 'An idea', '--category', 'idea', '--expected-by', daysAgo(-3));
    expect(share.code).toBe(1);
    expect(share.stderr).toMatch(/^fulcrum: A share is unconditional/);
    const usage = await fulcrum('action', 'add', '--kind', 'nag', '--person', sam.id, '--text', 'x');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--kind must be one of: ask, share, mandate, not "nag"/);
    const boss = await fulcrum('person', 'add', '--name', 'X', '--relation', 'boss');
    expect(boss.code).toBe(2);
    expect(boss.stderr).toMatch(/--relation must be one of: sales-manager, salesperson, customer, prospect, other, not "boss"/);
    expect((await fulcrum('action', 'add', '--kind', 'mandate', '--person', sam.id, '--text', 'x', '--step', '11')).stderr).toMatch(/--step must be a whole number from 1 to 10, not "11"/);
    expect((await fulcrum('action', 'add', '--kind', 'ask', '--person', 'Nobody', '--text', 'x')).stderr).toMatch(/no person is called "Nobody"/);
    const future = await fulcrum('action', 'add', '--kind', 'ask', '--person', sam.id, '--text', 'x', '--date', daysAgo(-2));
    expect(future.stderr).toMatch(/cannot be in the future/);
    expect((await fulcrum('balance', '--weeks', '0')).code).toBe(2);
    expect((await json<CoachingAction[]>('action', 'list')).length).toBe(2);
  });

  it('exports actions for a spreadsheet and follow-ups for a calendar', async () => {
    const dana = await json<Person>('person', 'add', '--name', 'Dana Whitfield', '--relation', 'salesperson');
    await json<AskAction>('action', 'add', '--kind', 'ask', '--person', dana.id, '--text', 'Update the close dates', '--expected-by', daysAgo(-3));
    const csv = path.join(temp.dir, 'actions.csv');
    const exported = await fulcrum('export', '--format', 'csv', '--person', 'Dana Whitfield', '--out', csv);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toBe(`Exported coaching actions to ${csv}\nArchive: 1 coaching action with Dana Whitfield, with the people they concern and your notes. Keep it private.\n`);
    const bytes = await readFile(csv);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    expect(bytes.toString('utf8')).toContain('Update the close dates');
    const ics = path.join(temp.dir, 'follow-ups.ics');
    expect((await fulcrum('export', '--format', 'ics', '--out', ics)).code).toBe(0);
    expect(await readFile(ics, 'utf8')).toMatch(/BEGIN:VEVENT[\s\S]*SUMMARY:Follow up with Dana Whitfield: Update the close dates/);
    const prep = path.join(temp.dir, 'prep.md');
    const prepped = await fulcrum('export', dana.id, '--format', 'md', '--out', prep);
    expect(prepped.stdout).toContain('Archive: your open asks, mandates, recent shares and notes about Dana Whitfield.');
    expect(await readFile(prep, 'utf8')).toMatch(/^# 1:1 prep: Dana Whitfield\n[\s\S]*## Open asks\n\n- \*\*Update the close dates\*\*/);
    await fulcrum('journal', 'add', '--text', 'Talked about the close dates', '--date', daysAgo(1));
    const range = path.join(temp.dir, 'range.html');
    const ranged = await fulcrum('export', '--journal', '--from', daysAgo(7), '--to', daysAgo(0), '--format', 'html', '--out', range);
    expect(ranged.stdout).toContain(`Exported the journal to ${range}\nArchive: 1 journal entry from ${daysAgo(7)} to ${daysAgo(0)}`);
    expect(await readFile(range, 'utf8')).toContain('Talked about the close dates');
    expect((await fulcrum('export', '--journal', '--from', daysAgo(0), '--to', daysAgo(7), '--out', path.join(temp.dir, 'bad.md'))).stderr).toMatch(/--from must not be after the last day/);
    const mixed = await fulcrum('export', 'three-confirmations', '--format', 'csv', '--out', path.join(temp.dir, 'x.csv'));
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/--format csv exports coaching actions: leave out "three-confirmations"/);
  });
});
