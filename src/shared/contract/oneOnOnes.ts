// The oneOnOnes namespace: a person's recurring 1:1 and the workspace a 1:1 is run in (their open
// asks and mandates, what was shared since the last 1:1, what that one left open, and today's note).
import { z } from 'zod';
import type { AskAction, MandateAction, ShareAction } from './actions';
import type { JournalEntry } from './journal';
import type { Person } from './people';
import { cadences, type NextOneOnOne, type OneOnOneSchedule } from './oneOnOneSchedule';
import { isoDate, op, recordId, wholeNumber } from './operation';

export interface OneOnOneWorkspace {
  person: Person;
  /** The day of this 1:1. */
  date: string;
  /** The 1:1 note of that day, once there is one. */
  note: JournalEntry | null;
  /** The last 1:1 note before this one. */
  previous: { id: string; date: string; title: string } | null;
  /** Open asks, the most overdue first. */
  openAsks: AskAction[];
  openMandates: MandateAction[];
  /** Shares since the previous 1:1 (or in the last 30 days when there was none). */
  sharesSince: ShareAction[];
  /** Items the previous note left unticked. */
  carriedOver: string[];
  schedule: OneOnOneSchedule | null;
  next: NextOneOnOne | null;
  /** What a new note starts from: the 1:1 template filled with the above. */
  template: { title: string; body: string };
}

/** A scheduled 1:1 on the list of upcoming ones. */
export interface UpcomingOneOnOne {
  person: Person;
  schedule: OneOnOneSchedule;
  next: NextOneOnOne;
  /** The day of the last 1:1 note, if any. */
  last: string | null;
}

const scheduleInput = z
  .object({
    personId: recordId,
    cadence: z.enum(cadences, 'must be weekly, biweekly or monthly'),
    day: wholeNumber(1, 31),
    startsOn: isoDate.optional(),
  })
  .refine((s) => s.cadence === 'monthly' || s.day <= 7, { message: 'must be a weekday from 1 (Monday) to 7 (Sunday) for a weekly or biweekly 1:1', path: ['day'] });
export type ScheduleInput = z.output<typeof scheduleInput>;

export const oneOnOneOperations = {
  /** The workspace of a 1:1 with a person on a day (today unless given); nothing is written. */
  'oneOnOnes.get': op<OneOnOneWorkspace>()(z.object({ personId: recordId, date: isoDate.optional() })),
  /** Today's 1:1 with a person: its note is written (from the filled template) if there is none yet. */
  'oneOnOnes.start': op<OneOnOneWorkspace>()(z.object({ personId: recordId })),
  'oneOnOnes.schedule': op<OneOnOneSchedule>()(scheduleInput),
  'oneOnOnes.unschedule': op<{ removed: boolean }>()(z.object({ personId: recordId })),
  /** Scheduled 1:1s due or overdue, then those within `days`, soonest first. */
  'oneOnOnes.upcoming': op<UpcomingOneOnOne[]>()(z.object({ days: wholeNumber(0, 90).default(14) })),
};
