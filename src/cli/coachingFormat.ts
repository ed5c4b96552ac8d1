// Human-readable output of the coaching commands (the --json forms print the records themselves).
import type { BalanceReport, CoachingAction, Person } from '../shared/contract';
import { flagReasons } from '../shared/contract';

export function formatPeople(people: Person[]): string {
  if (people.length === 0) return 'No people yet. Add one with: fulcrum person add --name NAME --relation salesperson\n';
  return `${people.map((p) => `${p.id}  ${p.name}  (${[p.relation, p.role].filter(Boolean).join(', ')})${p.archived ? '  [archived]' : ''}`).join('\n')}\n`;
}

function describe(action: CoachingAction): string {
  const parts: string[] = [];
  if (action.kind === 'ask') {
    const { how, when, help } = action.confirmations;
    const confirmed = [how, when, help].filter((v) => v !== null && v !== '').length;
    parts.push(when ? `expected by ${when}` : 'no expected date', `${confirmed}/3 confirmations`);
    if (action.escalatedTo) parts.push(`escalated to ${action.escalatedTo}`);
  } else if (action.kind === 'mandate') {
    parts.push(`step ${action.step}`, action.dueDate ? `due ${action.dueDate}` : 'no due date');
    if (action.escalates) parts.push(`escalates ${action.escalates}`);
  } else {
    parts.push(action.category);
  }
  return parts.join('; ');
}

export function formatActions(actions: CoachingAction[], empty: string): string {
  if (actions.length === 0) return `${empty}\n`;
  const lines: string[] = [];
  for (const action of actions) {
    lines.push(`${action.id}  ${action.date}  ${action.kind}/${action.status}  ${action.personName}: ${action.text}`);
    lines.push(`    ${describe(action)}`);
    for (const flag of action.flags) lines.push(`    ! ${flagReasons[flag]}`);
  }
  return `${lines.join('\n')}\n`;
}

const percent = (value: number) => `${Math.round(value * 100)}%`;

export function formatBalance(report: BalanceReport): string {
  const lines = ['Week of       Ask  Share  Mandate'];
  for (const week of report.weeks) lines.push(`${week.weekStart}  ${String(week.ask).padStart(4)}  ${String(week.share).padStart(5)}  ${String(week.mandate).padStart(7)}`);
  const { ask, share, mandate } = report.totals;
  lines.push(`Total       ${String(ask).padStart(4)}  ${String(share).padStart(5)}  ${String(mandate).padStart(7)}`);
  lines.push(report.askShare === null ? `No actions in these weeks (target: ${percent(report.askTarget)} asks).` : `Asks: ${percent(report.askShare)} of all actions (target ${percent(report.askTarget)}).`);
  if (report.candidates.length) lines.push(`Mandate candidates: ${report.candidates.map((a) => `${a.id} (${a.personName})`).join(', ')}`);
  if (report.overdue.length) lines.push(`Overdue follow-ups: ${report.overdue.length}`);
  if (report.dueToday.length) lines.push(`Due today: ${report.dueToday.length}`);
  if (report.mandatesWithoutAsk.length) lines.push(`Mandates without an earlier ask: ${report.mandatesWithoutAsk.length}`);
  return `${lines.join('\n')}\n`;
}
