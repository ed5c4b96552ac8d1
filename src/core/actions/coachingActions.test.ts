// The coaching rules end to end on a real SQLite file: ask → overdue → candidate → escalate →
// climb the ladder; flagged mandates; unconditional shares; status changes; the bin.
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AskAction, BalanceReport, MandateAction } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import { balanceHandlers } from '../balance/handlers';
import { PeopleStore } from '../people/peopleStore';
import { followUpsOf } from '../reminders/reminders';
import { CoachingSettings } from '../settings/coachingSettings';
import { openDatabase } from '../storage/database';
import { Storage } from '../storage/storage';
import { ActionStore } from './actionStore';
import { makeTempDir } from '../../../test/support/tempDirs';
import { CoachingActions } from './coachingActions';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let db: Database;
let today: string;
let coaching: CoachingActions;
let people: PeopleStore;
let actions: ActionStore;
let settings: CoachingSettings;

beforeEach(async () => {
  temp = await makeTempDir();
  db = openDatabase(path.join(temp.dir, 'j.sqlite'));
  today = '2024-05-06'; // a Monday
  const now = () => new Date(`${today}T12:00:00`);
  const storage = new Storage(db);
  people = new PeopleStore(storage, now);
  actions = new ActionStore(storage, now);
  settings = new CoachingSettings(db);
  coaching = new CoachingActions({ actions, people, ladderLength: () => settings.ladder().length, today: () => today });
});
afterEach(async () => {
  db.close();
  await temp.cleanup();
});

const dana = () => people.create({ name: 'Dana Whitfield', relation: 'salesperson', role: 'Account executive', notes: '' });
type ActionInput = Parameters<CoachingActions['create']>[0];
const input = (personId: string, more: Partial<ActionInput>): ActionInput => ({ kind: 'ask', personId, text: 'Update the close dates of your top ten opportunities', notes: '', lessonIds: [], ...more });
/** The balance report as the contract answers it (the handler is synchronous over SQLite). */
const report = (weeks: number, personId: string | null) => balanceHandlers({ actions, people, settings, today: () => today })['balance.report']({ weeks, ...(personId ? { personId } : {}) }) as BalanceReport;
const followUps = () => followUpsOf(actions.openOrMissed(), today);
const ask = (personId: string, more: Partial<ActionInput> = {}) => coaching.create(input(personId, more)) as AskAction;
const rejects = (work: () => unknown, pattern: RegExp) => {
  let error: unknown;
  try {
    work();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(FulcrumError);
  expect((error as FulcrumError).message).toMatch(pattern);
};

describe('asks', () => {
  it('records an ask with its form and three confirmations, each optional and editable later', () => {
    const person = dana();
    const created = ask(person.id, { form: 'challenge', lessonIds: ['three-confirmations'], confirmations: { how: 'One hour on Tuesday' } });
    expect(created).toMatchObject({ kind: 'ask', form: 'challenge', status: 'open', date: today, personName: 'Dana Whitfield', lessonIds: ['three-confirmations'] });
    expect(created.confirmations).toEqual({ how: 'One hour on Tuesday', when: null, help: null });

    const confirmed = coaching.update(created.id, { confirmations: { when: '2024-05-09', help: 'A CRM field walkthrough' } }) as AskAction;
    expect(confirmed.confirmations).toEqual({ how: 'One hour on Tuesday', when: '2024-05-09', help: 'A CRM field walkthrough' });
    expect((coaching.update(created.id, { confirmations: { how: null } }) as AskAction).confirmations.how).toBeNull();
    expect(ask(person.id).form).toBe('request');
  });

  it('refuses an expected date before the ask, a future date and archived people (unknown lessons: see coachingOperations.test)', () => {
    const person = dana();
    rejects(() => ask(person.id, { date: '2024-05-03', confirmations: { when: '2024-05-01' } }), /before the day of the ask/);
    rejects(() => ask(person.id, { date: '2024-05-07' }), /cannot be in the future/);
    people.setArchived(person.id, true);
    rejects(() => ask(person.id), /archived/);
    expect(actions.list()).toEqual([]);
  });

  it('an ask past its confirmed date becomes a mandate candidate; one due today is a follow-up, not a candidate', () => {
    const person = dana();
    const late = ask(person.id, { date: '2024-05-01', confirmations: { when: '2024-05-03' } });
    const dueToday = ask(person.id, { date: '2024-05-01', text: 'Send the forecast', confirmations: { when: today } });
    const noDate = ask(person.id, { date: '2024-05-01', text: 'Book the QBR' });
    expect(coaching.candidates().map((a) => a.id)).toEqual([late.id]);
    expect(followUps().map((f) => [f.action.id, f.state, f.daysLate])).toEqual([
      [late.id, 'overdue', 3],
      [dueToday.id, 'due-today', 0],
    ]);
    // A missed ask is a candidate too; a done one is not.
    coaching.setStatus(noDate.id, 'missed');
    coaching.setStatus(dueToday.id, 'done');
    expect(coaching.candidates().map((a) => a.id).sort()).toEqual([late.id, noDate.id].sort());
  });
});

describe('which ask a mandate proposes', () => {
  it('lists candidates the most overdue first, a missed ask placed by the date it fell behind', () => {
    const person = dana();
    const weekLate = ask(person.id, { date: '2024-04-20', text: 'Update the CRM', confirmations: { when: '2024-04-29' } });
    const threeWeeksLate = ask(person.id, { date: '2024-04-01', text: 'Clean the pipeline', confirmations: { when: '2024-04-15' } });
    const dayLate = ask(person.id, { date: '2024-05-01', text: 'Send the forecast', confirmations: { when: '2024-05-05' } });
    const missedNoDate = ask(person.id, { date: '2024-04-25', text: 'Book the QBR' });
    today = '2024-05-02';
    coaching.setStatus(missedNoDate.id, 'missed'); // fell behind on 2 May, when it was marked missed
    today = '2024-05-06';
    expect(coaching.candidates().map((a) => a.text)).toEqual([threeWeeksLate.text, weekLate.text, missedNoDate.text, dayLate.text]);
  });
});

describe('escalation', () => {
  it('turns an overdue ask into a mandate for exactly what was asked, linked both ways', () => {
    const person = dana();
    const late = ask(person.id, { date: '2024-04-29', lessonIds: ['three-confirmations'], confirmations: { when: '2024-05-02' } });
    const { mandate, from } = coaching.escalate(late.id, { dueDate: '2024-05-10' });
    expect(mandate).toMatchObject({ kind: 'mandate', text: late.text, escalates: late.id, step: 1, flags: [], status: 'open', dueDate: '2024-05-10', personId: person.id, lessonIds: ['three-confirmations'], date: today });
    expect(from).toMatchObject({ id: late.id, status: 'escalated', escalatedTo: mandate.id, closedOn: today });
    expect(coaching.candidates()).toEqual([]);
    rejects(() => coaching.escalate(late.id), /already been escalated/);
  });

  it('refuses to escalate an ask that is not overdue or has no date, and a done ask', () => {
    const person = dana();
    rejects(() => coaching.escalate(ask(person.id, { confirmations: { when: '2024-05-09' } }).id), /not overdue: it is expected by 2024-05-09/);
    rejects(() => coaching.escalate(ask(person.id).id), /no expected date/);
    const done = ask(person.id, { date: '2024-05-01', confirmations: { when: '2024-05-02' } });
    coaching.setStatus(done.id, 'done');
    rejects(() => coaching.escalate(done.id), /was done/);
    expect(actions.list({ kind: 'mandate' })).toEqual([]);
  });

  it('climbs the ladder one step per missed mandate and flags a skipped step', () => {
    const person = dana();
    const late = ask(person.id, { date: '2024-04-22', confirmations: { when: '2024-04-25' } });
    today = '2024-04-28';
    const first = coaching.escalate(late.id, { dueDate: '2024-05-01' }).mandate;
    // While the step-1 mandate is open and not overdue, there is no climbing.
    today = '2024-04-30';
    rejects(() => coaching.escalate(first.id), /not overdue/);
    today = '2024-05-06';
    const second = coaching.escalate(first.id, { dueDate: '2024-05-08' });
    expect(second.from).toMatchObject({ id: first.id, status: 'missed' });
    expect(second.mandate).toMatchObject({ step: 2, escalates: late.id, flags: [] });
    expect((actions.get(late.id) as AskAction).escalatedTo).toBe(second.mandate.id);
    // A second open mandate for the same ask is refused.
    rejects(() => coaching.create(input(person.id, { kind: 'mandate', escalates: late.id })), /already has an open mandate/);
    coaching.setStatus(second.mandate.id, 'missed');
    const skipping = coaching.create(input(person.id, { kind: 'mandate', escalates: late.id, step: 4 })) as MandateAction;
    expect(skipping).toMatchObject({ step: 4, flags: ['skips-a-step'] });
  });

  it('climbs from a mandate with no ask without calling it a skipped step, and keeps flags through edits', () => {
    const person = dana();
    today = '2024-04-28';
    const flagged = coaching.create(input(person.id, { kind: 'mandate', dueDate: '2024-05-01' })) as MandateAction;
    today = '2024-05-06';
    const { mandate } = coaching.escalate(flagged.id);
    expect(mandate).toMatchObject({ step: 2, flags: ['no-prior-ask'] });
    expect(coaching.update(mandate.id, { notes: 'Said so in writing' })).toMatchObject({ step: 2, flags: ['no-prior-ask'] });
    expect(coaching.update(mandate.id, { step: 4 })).toMatchObject({ step: 4, flags: ['no-prior-ask', 'skips-a-step'] });
  });

  it('allows a mandate with no earlier ask but flags it, and links it later to an ask', () => {
    const person = dana();
    const flagged = coaching.create(input(person.id, { kind: 'mandate', dueDate: '2024-05-10' })) as MandateAction;
    expect(flagged).toMatchObject({ escalates: null, flags: ['no-prior-ask'], step: 1 });
    expect(report(12, null).mandatesWithoutAsk.map((m) => m.id)).toEqual([flagged.id]);

    const earlier = ask(person.id, { date: '2024-04-29', confirmations: { when: '2024-05-01' } });
    const linked = coaching.update(flagged.id, { escalates: earlier.id }) as MandateAction;
    expect(linked).toMatchObject({ escalates: earlier.id, flags: [] });
    expect(actions.get(earlier.id)).toMatchObject({ status: 'escalated', escalatedTo: flagged.id });
    expect(report(12, null).mandatesWithoutAsk).toEqual([]);
  });

  it('refuses a mandate that escalates someone else\'s ask, or an ask still in time', () => {
    const person = dana();
    const sam = people.create({ name: 'Sam Ortiz', relation: 'sales-manager', role: '', notes: '' });
    const late = ask(person.id, { date: '2024-04-29', confirmations: { when: '2024-05-01' } });
    rejects(() => coaching.create(input(sam.id, { kind: 'mandate', escalates: late.id })), /same person/);
    const inTime = ask(person.id, { confirmations: { when: '2024-05-20' } });
    rejects(() => coaching.create(input(person.id, { kind: 'mandate', escalates: inTime.id })), /not overdue/);
    rejects(() => coaching.create(input(person.id, { kind: 'mandate', step: 9 })), /from 1 to 4/);
    const mandate = coaching.create(input(person.id, { kind: 'mandate', dueDate: '2024-05-10' }));
    rejects(() => coaching.update(mandate.id, { dueDate: '2024-05-01' }), /due date \(2024-05-01\) is before the day of the mandate/);
  });
});

describe('shares', () => {
  it('records a share as given, with nothing to follow up', () => {
    const person = dana();
    const share = coaching.create(input(person.id, { kind: 'share', text: 'How I run a deal review', category: 'expertise' }));
    expect(share).toMatchObject({ kind: 'share', category: 'expertise', status: 'done', closedOn: today });
    rejects(() => coaching.setStatus(share.id, 'open'), /unconditional/);
    rejects(() => coaching.escalate(share.id), /nothing was expected back/);
    expect(coaching.update(share.id, { date: '2024-05-02' })).toMatchObject({ date: '2024-05-02', closedOn: '2024-05-02', status: 'done' });
  });

  it('explains why a share cannot carry an expectation', () => {
    const person = dana();
    rejects(() => coaching.create(input(person.id, { kind: 'share', category: 'idea', dueDate: '2024-05-10' })), /unconditional.*record an ask instead/);
    rejects(() => coaching.create(input(person.id, { kind: 'share', category: 'idea', confirmations: { how: 'By Friday' } })), /unconditional/);
    rejects(() => coaching.create(input(person.id, { kind: 'share' })), /needs a category/);
    rejects(() => coaching.create(input(person.id, { kind: 'ask', category: 'idea' })), /An ask cannot have a share category/);
    expect(actions.list()).toEqual([]);
  });
});

describe('status and the bin', () => {
  it('allows open → done | missed and back, never escalated by hand', () => {
    const person = dana();
    const a = ask(person.id);
    expect(coaching.setStatus(a.id, 'done')).toMatchObject({ status: 'done', closedOn: today });
    expect(coaching.setStatus(a.id, 'open')).toMatchObject({ status: 'open', closedOn: null });
    rejects(() => coaching.setStatus(a.id, 'escalated'), /by escalating it/);
  });

  it('keeps an escalated ask with its mandate, and undoes a deleted mandate cleanly', () => {
    const person = dana();
    const late = ask(person.id, { date: '2024-04-29', confirmations: { when: '2024-05-01' } });
    const { mandate } = coaching.escalate(late.id);
    rejects(() => coaching.bin(late.id), /Delete the mandate first/);
    coaching.bin(mandate.id);
    expect(actions.get(late.id)).toMatchObject({ status: 'missed', escalatedTo: null });
    expect(coaching.candidates().map((a) => a.id)).toEqual([late.id]);
    coaching.restore(mandate.id);
    expect(actions.get(late.id)).toMatchObject({ status: 'escalated', escalatedTo: mandate.id });
  });

  it('never deletes a person with history; archiving keeps it', () => {
    const person = dana();
    ask(person.id);
    rejects(() => people.delete(person.id), /has 1 action.*Archive them instead/);
    expect(people.setArchived(person.id, true).archived).toBe(true);
    expect(people.list().map((p) => p.id)).toEqual([]);
    expect(people.list({ includeArchived: true }).map((p) => p.id)).toEqual([person.id]);
    expect(actions.list({ personId: person.id })).toHaveLength(1);
    const nobody = people.create({ name: 'Temp', relation: 'other', role: '', notes: '' });
    expect(people.delete(nobody.id).name).toBe('Temp');
  });
});

describe('balance report', () => {
  it('counts actions per week and kind, matching the records exactly', () => {
    const person = dana();
    const sam = people.create({ name: 'Sam Ortiz', relation: 'sales-manager', role: '', notes: '' });
    ask(person.id, { date: '2024-05-06' });
    ask(person.id, { date: '2024-05-05' }); // Sunday: the week before
    ask(sam.id, { date: '2024-04-29' });
    coaching.create(input(person.id, { kind: 'share', category: 'story', date: '2024-05-01' }));
    coaching.create(input(sam.id, { kind: 'mandate', date: '2024-02-01' })); // older than 12 weeks
    const weekly = report(12, null);
    expect(weekly.weeks).toHaveLength(12);
    expect(weekly.weeks.at(-1)).toEqual({ weekStart: '2024-05-06', ask: 1, share: 0, mandate: 0 });
    expect(weekly.weeks.at(-2)).toEqual({ weekStart: '2024-04-29', ask: 2, share: 1, mandate: 0 });
    expect(weekly.totals).toEqual({ ask: 3, share: 1, mandate: 0 });
    expect(weekly.askShare).toBe(0.75);
    expect(weekly.askTarget).toBe(0.6);
    expect(report(12, person.id).totals).toEqual({ ask: 2, share: 1, mandate: 0 });
    expect(report(20, null).totals.mandate).toBe(1);
  });
});
