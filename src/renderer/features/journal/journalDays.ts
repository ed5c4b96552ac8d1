// Calendar days as the journal names them (YYYY-MM-DD, no time zone): checking, stepping and
// naming them relative to today. Pure: no DOM, no clock (today is passed in).
import { daysBetween } from '../../../shared/calendarDays';

/** True for a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(value);
}

export { addDays, daysBetween } from '../../../shared/calendarDays';

/** "Today", "Yesterday", "Tomorrow", "3 days ago", "In 2 days". */
export function relativeDay(day: string, today: string): string {
  const diff = daysBetween(today, day);
  if (diff === 0) return 'Today';
  if (diff === -1) return 'Yesterday';
  if (diff === 1) return 'Tomorrow';
  return diff < 0 ? `${-diff} days ago` : `In ${diff} days`;
}

/** The route of a day's page. */
export const dayRoute = (day: string) => `/journal/day/${day}`;
