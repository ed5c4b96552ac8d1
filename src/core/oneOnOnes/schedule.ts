// When a recurring 1:1 falls: the meeting days of a schedule, and the next one after the last 1:1
// held. A meeting day that passed with no 1:1 note makes the 1:1 overdue until one is held. Pure:
// days are YYYY-MM-DD and today is passed in.
import { addDays, daysBetween } from '../../shared/calendarDays';
import type { NextOneOnOne, OneOnOneSchedule } from '../../shared/contract';

/** ISO weekday of a day: 1 Monday … 7 Sunday. */
function weekdayOf(day: string): number {
  return ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/** `day` of the month of `month` (YYYY-MM), or the month's last day when it is shorter. */
function dayOfMonth(month: string, day: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${month}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

function nextMonth(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
}

/** The first meeting day of the schedule on or after `from` (and never before it starts). */
export function meetingOnOrAfter(schedule: Pick<OneOnOneSchedule, 'cadence' | 'day' | 'startsOn'>, from: string): string {
  const start = from > schedule.startsOn ? from : schedule.startsOn;
  if (schedule.cadence === 'monthly') {
    const month = start.slice(0, 7);
    const inMonth = dayOfMonth(month, schedule.day);
    return inMonth >= start ? inMonth : dayOfMonth(nextMonth(month), schedule.day);
  }
  // The first such weekday from the start of the schedule, then every week or every other week.
  const first = addDays(schedule.startsOn, (schedule.day - weekdayOf(schedule.startsOn) + 7) % 7);
  const step = schedule.cadence === 'weekly' ? 7 : 14;
  if (start <= first) return first;
  return addDays(first, Math.ceil(daysBetween(first, start) / step) * step);
}

/**
 * The next 1:1: the first meeting day after the last one held (or from the schedule's start when
 * none was), due when that is today, overdue when it has passed.
 */
export function nextOneOnOne(schedule: OneOnOneSchedule, lastHeld: string | null, today: string): NextOneOnOne {
  const date = meetingOnOrAfter(schedule, lastHeld ? addDays(lastHeld, 1) : schedule.startsOn);
  return { date, state: date < today ? 'overdue' : date === today ? 'due' : 'upcoming' };
}
