// The people list at a glance: per person, their open asks, follow-ups past their date, mandates and
// the share of asks this quarter (read against the leader's target), and their last and next 1:1.
import { isOverdue } from '../../shared/actionRules';
import type { CoachingAction, PeopleOverview, PersonGlance } from '../../shared/contract';
import type { ActionStore } from '../actions/actionStore';
import type { JournalStore } from '../journal/journalStore';
import { nextOneOnOne } from '../oneOnOnes/schedule';
import type { ScheduleStore } from '../oneOnOnes/scheduleStore';
import type { PeopleStore } from './peopleStore';

export interface OverviewStores {
  people: PeopleStore;
  actions: ActionStore;
  journal: JournalStore;
  schedules: ScheduleStore;
}

/** The first day of the calendar quarter holding `day`. */
export function quarterStart(day: string): string {
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
}

export function peopleOverview(s: OverviewStores, includeArchived: boolean, today: string, askTarget: number): PeopleOverview {
  const people = s.people.list({ includeArchived });
  const from = quarterStart(today);
  const byPerson = new Map<string, CoachingAction[]>();
  for (const action of s.actions.list({ limit: Number.MAX_SAFE_INTEGER })) {
    const list = byPerson.get(action.personId) ?? [];
    list.push(action);
    byPerson.set(action.personId, list);
  }
  const last = s.journal.lastOneOnOnes(today);
  const schedules = new Map(s.schedules.active().map((schedule) => [schedule.personId, schedule]));
  const reports = new Map<string, number>();
  for (const person of people) if (person.managerId) reports.set(person.managerId, (reports.get(person.managerId) ?? 0) + 1);
  const glances = people.map((person): PersonGlance => {
    const actions = byPerson.get(person.id) ?? [];
    const quarter = actions.filter((a) => a.date >= from && a.date <= today);
    const schedule = schedules.get(person.id);
    const held = last.get(person.id) ?? null;
    return {
      person,
      openAsks: actions.filter((a) => a.kind === 'ask' && a.status === 'open').length,
      overdue: actions.filter((a) => isOverdue(a, today)).length,
      mandatesThisQuarter: quarter.filter((a) => a.kind === 'mandate').length,
      askShare: quarter.length ? quarter.filter((a) => a.kind === 'ask').length / quarter.length : null,
      lastOneOnOne: held,
      nextOneOnOne: schedule ? nextOneOnOne(schedule, held, today) : null,
      reports: reports.get(person.id) ?? 0,
    };
  });
  return { people: glances, askTarget, quarter: { from, to: today }, teams: s.people.teams() };
}
