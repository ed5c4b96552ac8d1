// The people namespace: the people a leader coaches or sells to, and each one's timeline.
import { z } from 'zod';
import type { AskAction, CoachingAction, FollowUp } from './actions';
import type { JournalEntry } from './journal';
import type { NextOneOnOne, OneOnOneSchedule } from './oneOnOneSchedule';
import { op, recordId } from './operation';

export const relations = ['sales-manager', 'salesperson', 'customer', 'prospect', 'other'] as const;
export type Relation = (typeof relations)[number];

export interface Person {
  id: string;
  name: string;
  role: string;
  relation: Relation;
  notes: string;
  /** The team they belong to ('' for none), e.g. "West". */
  team: string;
  /** The person they report to, if that is someone in the journal. */
  managerId: string | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One line of a person's timeline. */
export type TimelineItem = { type: 'action'; date: string; action: CoachingAction } | { type: 'entry'; date: string; entry: JournalEntry };

export interface PersonDetail {
  person: Person;
  /** Open asks, on top of the timeline. */
  openAsks: AskAction[];
  /** Everything else about the person, newest first. */
  timeline: TimelineItem[];
  followUps: FollowUp[];
  /** Their recurring 1:1, when the next one is, and the day of the last one held. */
  oneOnOne: { schedule: OneOnOneSchedule | null; next: NextOneOnOne | null; last: string | null };
  /** Who they report to, and the people who report to them. */
  manager: Person | null;
  reports: Person[];
}

const personInput = z.object({
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  relation: z.enum(relations),
  role: z.string().trim().max(200, 'must be at most 200 characters').default(''),
  notes: z.string().max(20_000, 'is too long').default(''),
  /** Left out on an update, the team and the manager stay as they were. */
  team: z.string().trim().max(80, 'must be at most 80 characters').optional(),
  managerId: recordId.nullable().optional(),
});
export type PersonInput = z.output<typeof personInput>;

/** One person at a glance on the people list: what is open, overdue and how the balance goes this quarter. */
export interface PersonGlance {
  person: Person;
  openAsks: number;
  /** Follow-ups past their date. */
  overdue: number;
  mandatesThisQuarter: number;
  /** Asks as a share of their actions this quarter; null when there were none. */
  askShare: number | null;
  lastOneOnOne: string | null;
  nextOneOnOne: NextOneOnOne | null;
  /** How many people report to them. */
  reports: number;
}

export interface PeopleOverview {
  people: PersonGlance[];
  /** The leader's target share of asks, to read askShare against. */
  askTarget: number;
  /** The quarter so far: its first day and today. */
  quarter: { from: string; to: string };
  /** Every team name in use, sorted. */
  teams: string[];
}

export const peopleOperations = {
  'people.list': op<Person[]>()(z.object({ includeArchived: z.boolean().default(false) })),
  'people.get': op<PersonDetail>()(z.object({ id: recordId })),
  'people.overview': op<PeopleOverview>()(z.object({ includeArchived: z.boolean().default(false) })),
  'people.create': op<Person>()(personInput),
  'people.update': op<Person>()(personInput.extend({ id: recordId })),
  'people.archive': op<Person>()(z.object({ id: recordId, archived: z.boolean() })),
  'people.delete': op<{ deleted: Person }>()(z.object({ id: recordId })),
};
