// The balance namespace: the ask/share/mandate mix per week, against the leader's target.
import { z } from 'zod';
import type { AskAction, FollowUp, MandateAction } from './actions';
import { op, recordId, wholeNumber } from './operation';

export interface BalanceWeek {
  /** The Monday that starts the week, YYYY-MM-DD. */
  weekStart: string;
  ask: number;
  share: number;
  mandate: number;
}

export interface Balance {
  weeks: BalanceWeek[];
  totals: { ask: number; share: number; mandate: number };
  /** Asks as a fraction of all actions in the period (null when there were none). */
  askShare: number | null;
  /** The leader's target for askShare, 0..1. */
  askTarget: number;
  personId: string | null;
}

export interface BalanceReport extends Balance {
  candidates: AskAction[];
  dueToday: FollowUp[];
  overdue: FollowUp[];
  mandatesWithoutAsk: MandateAction[];
}

export const balanceOperations = {
  'balance.report': op<BalanceReport>()(z.object({ weeks: wholeNumber(1, 104).default(12), personId: recordId.optional() })),
};
