// The coaching rules, as pure functions over records and a "today" (the leader's local date):
// ask first and get three confirmations; mandate only what an ask did not achieve, one ladder step
// at a time; share with nothing expected back. CoachingActions calls these; tests drive them with plain data.
import type { ActionFlag, ActionKind, ActionPatch, ActionStatus, AskAction, CoachingAction, Confirmations, FollowUp, MandateAction } from '../../shared/contract';
import { daysBetween } from '../../shared/calendarDays';
import { allowedStatusChanges, dueDateOf, isMandateCandidate } from '../../shared/actionRules';
import { FulcrumError } from '../../shared/errors';

/** The kind-specific fields an action may be given, as the contract accepts them. */
export type ActionFields = Pick<ActionPatch, 'form' | 'confirmations' | 'dueDate' | 'escalates' | 'step' | 'category'>;

type FieldName = 'form' | keyof Confirmations | 'dueDate' | 'escalates' | 'step' | 'category';

const fieldNames: Record<FieldName, string> = {
  form: 'a form',
  how: 'a "how" confirmation',
  when: 'an expected date',
  help: 'a "what help" confirmation',
  dueDate: 'a due date',
  escalates: 'an ask it escalates',
  step: 'a ladder step',
  category: 'a share category',
};

const allowed: Record<ActionKind, readonly FieldName[]> = {
  ask: ['form', 'how', 'when', 'help'],
  mandate: ['dueDate', 'escalates', 'step'],
  share: ['category'],
};

export const shareIsUnconditional =
  'A share is unconditional: you give it with nothing expected back, because sharing only works on trust, respect and credibility. If you need something in return, record an ask instead.';

/** Refuses fields that do not belong to the kind, explaining the rule behind the refusal. */
export function checkFieldsForKind(kind: ActionKind, fields: ActionFields): void {
  const given: Partial<Record<FieldName, unknown>> = { ...fields.confirmations, form: fields.form, dueDate: fields.dueDate, escalates: fields.escalates, step: fields.step, category: fields.category };
  const extra = (Object.keys(fieldNames) as FieldName[]).filter((name) => given[name] !== undefined && given[name] !== null && given[name] !== '' && !allowed[kind].includes(name));
  if (extra.length === 0) return;
  if (kind === 'share') throw new FulcrumError('invalid-input', `${shareIsUnconditional} (It was given ${extra.map((n) => fieldNames[n]).join(' and ')}.) Nothing was saved.`);
  const list = extra.map((n) => fieldNames[n]).join(' and ');
  throw new FulcrumError('invalid-input', `An ${kind === 'ask' ? 'ask' : 'mandate'} cannot have ${list}. Nothing was saved.`);
}

/** An open ask or mandate that is due today or overdue; null for anything else. */
export function followUpOf(action: CoachingAction, today: string): FollowUp | null {
  if (action.status !== 'open') return null;
  const due = dueDateOf(action);
  if (!due || due > today) return null;
  const daysLate = daysBetween(due, today);
  return { action, due, state: daysLate === 0 ? 'due-today' : 'overdue', daysLate };
}

/** Why an ask cannot be escalated yet, or null when it can. */
export function whyNotEscalate(ask: AskAction, today: string): string | null {
  if (ask.status === 'escalated') return 'This ask has already been escalated to a mandate.';
  if (ask.status === 'done') return 'This ask was done, so there is nothing to mandate.';
  if (isMandateCandidate(ask, today)) return null;
  if (ask.confirmations.when === null) {
    return 'This ask has no expected date yet, so it cannot be overdue. Get the "when" confirmation, or mark the ask missed if it will not be done.';
  }
  return `This ask is not overdue: it is expected by ${ask.confirmations.when}. A mandate should only require what an ask did not achieve; mark the ask missed first if it will not be done.`;
}

/** Refuses a status change the rules do not allow, saying why. */
export function checkStatusChange(action: CoachingAction, to: ActionStatus): void {
  if (action.status === to) return;
  if (allowedStatusChanges(action).includes(to)) return;
  if (action.kind === 'share') throw new FulcrumError('invalid-input', `A share has no status to follow up: ${shareIsUnconditional}`);
  if (to === 'escalated') throw new FulcrumError('invalid-input', 'An ask becomes escalated by escalating it to a mandate, not by setting its status.');
  if (action.status === 'escalated') throw new FulcrumError('conflict', 'This ask was escalated to a mandate; change the mandate instead.');
  throw new FulcrumError('invalid-input', `A ${action.kind} cannot go from ${action.status} to ${to}.`);
}

/**
 * The ladder step a new mandate should take, and the flags it carries. Mandates for the same ask
 * climb one step per missed mandate; choosing a higher step is allowed but flagged, and a mandate
 * with no ask behind it is flagged too.
 */
export function mandatePlacement(
  escalated: AskAction | null,
  earlier: readonly MandateAction[],
  ladderLength: number,
  chosenStep?: number | null,
): { step: number; flags: ActionFlag[] } {
  const missedSteps = earlier.filter((m) => m.status === 'missed').map((m) => m.step);
  const next = Math.min(ladderLength, (missedSteps.length ? Math.max(...missedSteps) : 0) + 1);
  const step = chosenStep ?? next;
  if (step < 1 || step > ladderLength) {
    throw new FulcrumError('invalid-input', `The ladder has ${ladderLength} steps, so the step must be from 1 to ${ladderLength}. Nothing was saved.`);
  }
  const flags: ActionFlag[] = [];
  if (!escalated) flags.push('no-prior-ask');
  if (step > next) flags.push('skips-a-step');
  return { step, flags };
}

/** Refuses a second open mandate for the same ask: the open one must be met or missed first. */
export function checkNoOpenMandate(earlier: readonly MandateAction[]): void {
  const open = earlier.find((m) => m.status === 'open');
  if (open) {
    throw new FulcrumError(
      'conflict',
      `This ask already has an open mandate (step ${open.step}). Mark it done or missed before climbing to the next step. Nothing was saved.`,
    );
  }
}
