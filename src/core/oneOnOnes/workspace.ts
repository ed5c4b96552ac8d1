// The workspace a 1:1 is run in, read from the stores: the person's open asks (the most overdue
// first) and mandates, what was shared since the last 1:1, what that one left open, today's note,
// and the template a new note starts from.
import { addDays } from '../../shared/calendarDays';
import { mostOverdueFirst } from '../../shared/actionRules';
import type { AskAction, MandateAction, OneOnOneWorkspace, ShareAction, UpcomingOneOnOne } from '../../shared/contract';
import { fillTemplate } from '../../shared/entryTemplates';
import { carriedOverItems } from '../../shared/oneOnOneNotes';
import type { ActionStore } from '../actions/actionStore';
import type { JournalStore } from '../journal/journalStore';
import type { PeopleStore } from '../people/peopleStore';
import { nextOneOnOne } from './schedule';
import type { ScheduleStore } from './scheduleStore';

export interface WorkspaceStores {
  people: PeopleStore;
  actions: ActionStore;
  journal: JournalStore;
  schedules: ScheduleStore;
}

/** Shares count "since the last 1:1" from the day after it, or over the last 30 days when there was none. */
const sharesWindowDays = 30;

export function workspaceOf(s: WorkspaceStores, personId: string, date: string, today: string): OneOnOneWorkspace {
  const person = s.people.get(personId);
  const note = s.journal.oneOnOneOn(personId, date) ?? null;
  const previous = s.journal.oneOnOneBefore(personId, date) ?? null;
  const actions = s.actions.list({ personId });
  const openAsks = mostOverdueFirst(actions.filter((a): a is AskAction => a.kind === 'ask' && a.status === 'open'));
  const openMandates = actions
    .filter((a): a is MandateAction => a.kind === 'mandate' && a.status === 'open')
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.date.localeCompare(b.date));
  const since = previous ? addDays(previous.date, 1) : addDays(date, -sharesWindowDays);
  const sharesSince = actions.filter((a): a is ShareAction => a.kind === 'share' && a.date >= since && a.date <= date).sort((a, b) => a.date.localeCompare(b.date));
  const carriedOver = previous ? carriedOverItems(previous.body) : [];
  const schedule = s.schedules.find(personId);
  const lastHeld = s.journal.lastOneOnOnes(today).get(personId) ?? null;
  return {
    person,
    date,
    note,
    previous: previous ? { id: previous.id, date: previous.date, title: previous.title } : null,
    openAsks,
    openMandates,
    sharesSince,
    carriedOver,
    schedule,
    next: schedule ? nextOneOnOne(schedule, lastHeld, today) : null,
    template: fillTemplate('one-on-one', {
      person: { id: person.id, name: person.name },
      today: date,
      carriedOver: previous && carriedOver.length ? { items: carriedOver, from: previous.date } : null,
    }),
  };
}

/** Scheduled 1:1s that are due or overdue, then those within `days`, soonest first. */
export function upcomingOf(s: Pick<WorkspaceStores, 'people' | 'journal' | 'schedules'>, today: string, days: number): UpcomingOneOnOne[] {
  const last = s.journal.lastOneOnOnes(today);
  const horizon = addDays(today, days);
  const upcoming: UpcomingOneOnOne[] = [];
  for (const schedule of s.schedules.active()) {
    const person = s.people.find(schedule.personId);
    if (!person) continue;
    const held = last.get(person.id) ?? null;
    const next = nextOneOnOne(schedule, held, today);
    if (next.state !== 'upcoming' || next.date <= horizon) upcoming.push({ person, schedule, next, last: held });
  }
  return upcoming.sort((a, b) => a.next.date.localeCompare(b.next.date) || a.person.name.localeCompare(b.person.name));
}
