// A person's recurring 1:1 and when the next one falls: what the people and oneOnOnes namespaces both carry.

export const cadences = ['weekly', 'biweekly', 'monthly'] as const;
export type Cadence = (typeof cadences)[number];

/** A recurring 1:1: weekly or every other week on `day` (1 Monday … 7 Sunday), or monthly on `day` of the month. */
export interface OneOnOneSchedule {
  personId: string;
  cadence: Cadence;
  day: number;
  /** The first day it counts from (every other week is counted from here). */
  startsOn: string;
}

/** When the next 1:1 is, and whether it is due today or overdue (a meeting day passed without a note). */
export interface NextOneOnOne {
  date: string;
  state: 'upcoming' | 'due' | 'overdue';
}
