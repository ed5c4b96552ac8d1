// Small wording and date helpers for the balance view: week labels, percentages, lateness.
const shortDay = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A contract day (YYYY-MM-DD) as a short locale date ("Mar 17"), read as a UTC day so it never shifts. */
export function shortDate(isoDay: string): string {
  const ms = Date.parse(`${isoDay}T00:00:00Z`);
  return Number.isNaN(ms) ? isoDay : shortDay.format(new Date(ms));
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

export { daysBetween } from '../../../shared/calendarDays';

export function daysLateText(days: number): string {
  if (days <= 0) return 'due today';
  return days === 1 ? '1 day late' : `${days} days late`;
}

export function daysOverdueText(days: number): string {
  return days === 1 ? '1 day overdue' : `${days} days overdue`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
