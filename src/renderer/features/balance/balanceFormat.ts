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

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

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
