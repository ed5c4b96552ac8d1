// The balance namespace: the ask/share/mandate mix per week, with what needs following up.
import { addDays } from '../../shared/calendarDays';
import { isMandateCandidate } from '../../shared/actionRules';
import type { AskAction, BalanceReport, MandateAction, OperationsOf } from '../../shared/contract';
import type { Handlers } from '../../shared/dispatch';
import type { ActionStore } from '../actions/actionStore';
import type { PeopleStore } from '../people/peopleStore';
import { followUpsOf } from '../reminders/reminders';
import type { CoachingSettings } from '../settings/coachingSettings';
import { balanceOf, lastWeeks } from './balance';

export interface BalanceDeps {
  actions: ActionStore;
  people: PeopleStore;
  settings: CoachingSettings;
  today: () => string;
}

export function balanceHandlers(d: BalanceDeps): Handlers<OperationsOf<'balance'>> {
  return { 'balance.report': ({ weeks, personId }) => balanceReport(d, weeks, personId ?? null) };
}

function balanceReport(d: BalanceDeps, weekCount: number, personId: string | null): BalanceReport {
  const today = d.today();
  if (personId) d.people.get(personId);
  const weeks = lastWeeks(today, weekCount);
  const rows = d.actions.datedKinds(weeks[0] as string, addDays(weeks.at(-1) as string, 7), personId);
  const balance = balanceOf(rows, today, weekCount, d.settings.askTarget(), personId);
  const open = d.actions.openOrMissed().filter((a) => !personId || a.personId === personId);
  const followUps = followUpsOf(open, today);
  const mandatesWithoutAsk = d.actions
    .list({ kind: 'mandate', ...(personId ? { personId } : {}) })
    .filter((m): m is MandateAction => m.kind === 'mandate' && m.flags.includes('no-prior-ask'));
  return {
    ...balance,
    candidates: open.filter((a): a is AskAction => a.kind === 'ask' && isMandateCandidate(a, today)),
    dueToday: followUps.filter((f) => f.state === 'due-today'),
    overdue: followUps.filter((f) => f.state === 'overdue'),
    mandatesWithoutAsk,
  };
}
