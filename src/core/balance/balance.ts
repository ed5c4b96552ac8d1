// The balance between asking, sharing and mandating: actions counted per week (weeks start on
// Monday, as ISO 8601 has it) over the last N weeks, with the share of asks against the leader's target.
import { addDays, weekStartOf } from '../../shared/calendarDays';
import type { ActionKind, Balance, BalanceWeek } from '../../shared/contract';

/** The Mondays of the last `count` weeks, oldest first, ending with the week holding `today`. */
export function lastWeeks(today: string, count: number): string[] {
  const current = weekStartOf(today);
  return Array.from({ length: count }, (_, i) => addDays(current, -7 * (count - 1 - i)));
}

export interface DatedKind {
  date: string;
  kind: ActionKind;
}

/** Counts actions per week and kind; actions outside the weeks are left out. */
export function balanceOf(actions: Iterable<DatedKind>, today: string, weekCount: number, askTarget: number, personId: string | null): Balance {
  const weeks: BalanceWeek[] = lastWeeks(today, weekCount).map((weekStart) => ({ weekStart, ask: 0, share: 0, mandate: 0 }));
  const byStart = new Map(weeks.map((week) => [week.weekStart, week]));
  const end = addDays(weeks.at(-1)?.weekStart ?? today, 7);
  for (const action of actions) {
    if (action.date >= end) continue;
    const week = byStart.get(weekStartOf(action.date));
    if (week) week[action.kind] += 1;
  }
  const totals = { ask: 0, share: 0, mandate: 0 };
  for (const week of weeks) for (const kind of ['ask', 'share', 'mandate'] as const) totals[kind] += week[kind];
  const all = totals.ask + totals.share + totals.mandate;
  return { weeks, totals, askShare: all === 0 ? null : totals.ask / all, askTarget, personId };
}
