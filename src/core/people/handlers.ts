// The people namespace: the people a leader works with, and each one's timeline and follow-ups.
import type { AskAction, OperationsOf, TimelineItem } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { ActionStore } from '../actions/actionStore';
import type { JournalStore } from '../journal/journalStore';
import type { LibrarySource } from '../library/librarySource';
import { nextOneOnOne } from '../oneOnOnes/schedule';
import type { ScheduleStore } from '../oneOnOnes/scheduleStore';
import { followUpsOf } from '../reminders/reminders';
import { peopleOverview } from './overview';
import type { PeopleStore } from './peopleStore';

export interface PeopleDeps {
  people: PeopleStore;
  actions: ActionStore;
  journal: JournalStore;
  /** Read before entries are, so their links carry the lessons' current titles. */
  library: LibrarySource;
  schedules: ScheduleStore;
  askTarget: () => number;
  today: () => string;
}

export function peopleHandlers(d: PeopleDeps): Handlers<OperationsOf<'people'>> {
  return {
    'people.list': ({ includeArchived }) => d.people.list({ includeArchived }),
    'people.get': async ({ id }) => {
      await d.library();
      const person = d.people.get(id);
      const actions = d.actions.list({ personId: id });
      const isOpenAsk = (a: (typeof actions)[number]): a is AskAction => a.kind === 'ask' && a.status === 'open';
      const timeline: TimelineItem[] = [
        ...actions.filter((a) => !isOpenAsk(a)).map((action): TimelineItem => ({ type: 'action', date: action.date, action })),
        ...d.journal.list({ personId: id, limit: 1000 }).map((entry): TimelineItem => ({ type: 'entry', date: entry.date, entry })),
      ].sort((a, b) => b.date.localeCompare(a.date) || createdOf(b).localeCompare(createdOf(a)));
      const today = d.today();
      const schedule = d.schedules.find(id);
      const last = d.journal.lastOneOnOnes(today).get(id) ?? null;
      const oneOnOne = { schedule, next: schedule ? nextOneOnOne(schedule, last, today) : null, last };
      const manager = person.managerId ? (d.people.find(person.managerId) ?? null) : null;
      const reports = d.people.list().filter((p) => p.managerId === id);
      return { person, openAsks: actions.filter(isOpenAsk), timeline, followUps: followUpsOf(actions, today), oneOnOne, manager, reports };
    },
    'people.overview': ({ includeArchived }) => peopleOverview(d, includeArchived, d.today(), d.askTarget()),
    'people.create': (input) => d.people.create(input),
    'people.update': ({ id, ...input }) => d.people.update(id, input),
    'people.archive': ({ id, archived }) => d.people.setArchived(id, archived),
    'people.delete': ({ id }) => ({ deleted: d.people.delete(id) }),
  };
}

function createdOf(item: TimelineItem): string {
  return item.type === 'action' ? item.action.createdAt : item.entry.createdAt;
}
