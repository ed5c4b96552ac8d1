// The coaching journal's operations: record asks, shares and mandates, change their status, escalate
// an ask that was not achieved, and report follow-ups and the balance. Each operation checks the
// rules (./rules) before it writes, and each write is one transaction.
import type { ActionKind, ActionStatus, AskAction, BalanceReport, CoachingAction, FollowUp, MandateAction } from '../../shared/coaching';
import { FulcrumError } from '../../shared/errors';
import type { ActionRecord, ActionStore } from '../journal/actionStore';
import type { CoachingSettings } from '../journal/coachingSettings';
import type { PeopleStore } from '../journal/peopleStore';
import { addDays } from '../../shared/calendarDays';
import { balanceOf, lastWeeks } from './balance';
import { canClimb, isMandateCandidate } from '../../shared/coachingRules';
import { followUpsOf } from './reminders';
import {
  checkFieldsForKind,
  checkNoOpenMandate,
  checkStatusChange,
  mandatePlacement,
  whyNotEscalate,
  type ActionFields,
} from './rules';

export interface ActionInput extends ActionFields {
  kind: ActionKind;
  personId: string;
  text: string;
  notes: string;
  date?: string | undefined;
  lessonIds: string[];
}

export type ActionPatch = Partial<Omit<ActionInput, 'kind' | 'personId'>>;

export interface EscalationInput {
  text?: string | undefined;
  notes?: string | undefined;
  dueDate?: string | null | undefined;
  step?: number | null | undefined;
  date?: string | undefined;
}

export interface CoachingDeps {
  actions: ActionStore;
  people: PeopleStore;
  settings: CoachingSettings;
  /** The leader's local date now. */
  today: () => string;
  /** Throws a plain-words error when a lesson id is not in the library. */
  checkLessons: (lessonIds: string[]) => void;
}

const blank = (value: string | null | undefined) => (value === undefined || value === null || value.trim() === '' ? null : value.trim());

export class Coaching {
  readonly #d: CoachingDeps;

  constructor(deps: CoachingDeps) {
    this.#d = deps;
  }

  create(input: ActionInput): CoachingAction {
    const { actions, people } = this.#d;
    checkFieldsForKind(input.kind, input);
    this.#d.checkLessons(input.lessonIds);
    const person = people.get(input.personId);
    if (person.archived) throw new FulcrumError('conflict', `${person.name} is archived. Bring them back from the archive before recording new actions. Nothing was saved.`);
    const date = this.#actionDate(input.date);
    const base = { personId: person.id, text: input.text.trim(), notes: input.notes, date, lessonIds: input.lessonIds };
    const none = { form: null, how: null, when: null, help: null, dueDate: null, escalates: null, step: null, category: null, flags: [] };

    switch (input.kind) {
      case 'ask': {
        const when = blank(input.when);
        if (when !== null && when < date) throw new FulcrumError('invalid-input', `The expected date (${when}) is before the day of the ask (${date}). Nothing was saved.`);
        return actions.insert({
          ...base,
          ...none,
          kind: 'ask',
          status: 'open',
          closedOn: null,
          form: (input.form as AskAction['form'] | undefined) ?? 'request',
          how: blank(input.how),
          when,
          help: blank(input.help),
        });
      }
      case 'share':
        if (!input.category) throw new FulcrumError('invalid-input', 'A share needs a category (expertise, coaching, story, idea, suggestion, experience, wisdom, thought, feeling or wish). Nothing was saved.');
        return actions.insert({ ...base, ...none, kind: 'share', status: 'done', closedOn: date, category: input.category as ActionRecord['category'] });
      case 'mandate':
        return actions.transaction(() => {
          const ask = input.escalates ? this.#askToEscalate(input.escalates, person.id) : null;
          return this.#insertMandate({ ...base, ...none }, input, ask, ask ? this.#mandatesFor(ask.id) : []);
        });
    }
  }

  /** Places a new mandate on the ladder above `earlier` (the mandates before it for the same ask). */
  #insertMandate(record: ActionRecord | Omit<ActionRecord, 'kind' | 'status' | 'closedOn'>, input: Pick<ActionInput, 'dueDate' | 'step'>, ask: AskAction | null, earlier: MandateAction[]): MandateAction {
    checkNoOpenMandate(earlier);
    const { step, flags } = mandatePlacement(ask, earlier, this.#d.settings.ladder().length, input.step);
    const dueDate = blank(input.dueDate);
    if (dueDate !== null && dueDate < record.date) throw new FulcrumError('invalid-input', `The due date (${dueDate}) is before the day of the mandate (${record.date}). Nothing was saved.`);
    const mandate = this.#d.actions.insert({ ...record, kind: 'mandate', status: 'open', closedOn: null, dueDate, escalates: ask?.id ?? null, step, flags });
    if (ask && ask.status !== 'escalated') this.#write(ask, { status: 'escalated', closedOn: record.date });
    return mandate as MandateAction;
  }

  update(id: string, patch: ActionPatch): CoachingAction {
    const { actions } = this.#d;
    return actions.transaction(() => {
      const current = actions.get(id);
      const record = recordOf(current);
      const merged: ActionRecord = {
        ...record,
        text: patch.text?.trim() || record.text,
        notes: patch.notes ?? record.notes,
        date: patch.date !== undefined ? this.#actionDate(patch.date) : record.date,
        lessonIds: patch.lessonIds ?? record.lessonIds,
        form: (patch.form as ActionRecord['form'] | undefined) ?? record.form,
        how: patch.how !== undefined ? blank(patch.how) : record.how,
        when: patch.when !== undefined ? blank(patch.when) : record.when,
        help: patch.help !== undefined ? blank(patch.help) : record.help,
        dueDate: patch.dueDate !== undefined ? blank(patch.dueDate) : record.dueDate,
        category: (patch.category as ActionRecord['category'] | undefined) ?? record.category,
      };
      checkFieldsForKind(current.kind, patch);
      // Lessons already linked stay linkable even if a content update removed them from the library.
      if (patch.lessonIds) this.#d.checkLessons(patch.lessonIds.filter((lessonId) => !record.lessonIds.includes(lessonId)));
      if (current.kind === 'ask' && merged.when !== null && merged.when < merged.date) {
        throw new FulcrumError('invalid-input', `The expected date (${merged.when}) is before the day of the ask (${merged.date}). Nothing was saved.`);
      }
      if (current.kind === 'mandate' && merged.dueDate !== null && merged.dueDate < merged.date) {
        throw new FulcrumError('invalid-input', `The due date (${merged.dueDate}) is before the day of the mandate (${merged.date}). Nothing was saved.`);
      }
      if (current.kind === 'share') merged.closedOn = merged.date; // a share is complete the day it is given
      if (current.kind === 'mandate') {
        let ask: AskAction | null = current.escalates ? (actions.get(current.escalates) as AskAction) : null;
        if (patch.escalates && patch.escalates !== current.escalates) {
          if (current.escalates) throw new FulcrumError('conflict', 'This mandate already escalates an ask; that link cannot be moved. Nothing was saved.');
          ask = this.#askToEscalate(patch.escalates, current.personId);
          if (current.status === 'open') checkNoOpenMandate(this.#mandatesFor(ask.id).filter((m) => m.id !== id));
          merged.escalates = ask.id;
          if (ask.status !== 'escalated') this.#write(ask, { status: 'escalated', closedOn: merged.date });
        }
        // The flags describe how the mandate was placed; they change only when its placement does
        // (a new step, or an ask linked at last). A mandate climbed from one with no ask keeps its own.
        if (patch.step != null || merged.escalates !== current.escalates) {
          const earlier = ask ? this.#mandatesFor(ask.id).filter((m) => m.id !== id && m.createdAt < current.createdAt) : [];
          const placement = mandatePlacement(ask, earlier, this.#d.settings.ladder().length, patch.step ?? current.step);
          merged.step = placement.step;
          merged.flags = placement.flags;
        }
      }
      return actions.update(id, merged);
    });
  }

  setStatus(id: string, status: ActionStatus): CoachingAction {
    const action = this.#d.actions.get(id);
    checkStatusChange(action, status);
    if (action.status === status) return action;
    return this.#write(action, { status, closedOn: status === 'open' ? null : this.#d.today() });
  }

  /**
   * Turns an ask that was not achieved into a mandate for exactly what was asked, linked both ways,
   * and marks the ask escalated. Given a mandate that was missed (or is overdue), climbs one step:
   * the mandate is marked missed and a new one for the same ask takes the next step.
   */
  escalate(id: string, input: EscalationInput = {}): { mandate: MandateAction; from: CoachingAction } {
    const { actions } = this.#d;
    return actions.transaction(() => {
      const action = actions.get(id);
      const today = this.#d.today();
      if (action.kind === 'share') throw new FulcrumError('invalid-input', 'A share cannot be escalated: nothing was expected back, so nothing was missed.');
      let askId: string | null;
      if (action.kind === 'ask') {
        const reason = whyNotEscalate(action, today);
        if (reason) throw new FulcrumError('conflict', `${reason} Nothing was changed.`);
        askId = action.id;
      } else {
        if (action.status === 'done') throw new FulcrumError('conflict', 'This mandate was met, so there is nothing to escalate. Nothing was changed.');
        if (!canClimb(action, today)) {
          throw new FulcrumError('conflict', `This mandate is not overdue${action.dueDate ? ` (it is due ${action.dueDate})` : ' (it has no due date)'}. Climb the ladder only when a step was missed; mark it missed first if it will not be met. Nothing was changed.`);
        }
        if (action.status === 'open') this.#write(action, { status: 'missed', closedOn: today });
        askId = action.escalates;
      }
      const ask = askId ? (actions.get(askId) as AskAction) : null;
      const date = this.#actionDate(input.date);
      const record = {
        ...recordOf(action),
        text: input.text?.trim() || action.text,
        notes: input.notes ?? '',
        date,
        form: null,
        how: null,
        when: null,
        help: null,
        category: null,
      };
      // Climbing from a mandate with no ask behind it: the missed mandate is the step below.
      const earlier = ask ? this.#mandatesFor(ask.id) : action.kind === 'mandate' ? [actions.get(action.id) as MandateAction] : [];
      const mandate = this.#insertMandate(record, input, ask, earlier);
      return { mandate, from: actions.get(id) };
    });
  }

  /** Moves an action to the bin. An ask that a live mandate escalates must keep its mandate company. */
  bin(id: string): CoachingAction {
    const { actions } = this.#d;
    return actions.transaction(() => {
      const action = actions.get(id);
      if (action.kind === 'ask' && action.escalatedTo) {
        throw new FulcrumError('conflict', 'A mandate escalates this ask, so it cannot be deleted on its own. Delete the mandate first. Nothing was changed.');
      }
      const binned = actions.bin(id);
      if (action.kind === 'mandate' && action.escalates) {
        const ask = actions.get(action.escalates);
        if (ask.kind === 'ask' && ask.escalatedTo === null && ask.status === 'escalated') this.#write(ask, { status: 'missed', closedOn: ask.closedOn ?? this.#d.today() });
      }
      return binned;
    });
  }

  restore(id: string): CoachingAction {
    const { actions } = this.#d;
    return actions.transaction(() => {
      const action = actions.restore(id);
      if (action.kind === 'mandate' && action.escalates) {
        const ask = actions.get(action.escalates);
        if (ask.status !== 'escalated') this.#write(ask, { status: 'escalated', closedOn: ask.closedOn ?? action.date });
      }
      return action;
    });
  }

  candidates(): AskAction[] {
    const today = this.#d.today();
    return this.#d.actions.openOrMissed().filter((a): a is AskAction => a.kind === 'ask' && isMandateCandidate(a, today));
  }

  followUps(): FollowUp[] {
    return followUpsOf(this.#d.actions.openOrMissed(), this.#d.today());
  }

  report(weekCount: number, personId: string | null): BalanceReport {
    const today = this.#d.today();
    if (personId) this.#d.people.get(personId);
    const weeks = lastWeeks(today, weekCount);
    const rows = this.#d.actions.datedKinds(weeks[0] as string, addDays(weeks.at(-1) as string, 7), personId);
    const balance = balanceOf(rows, today, weekCount, this.#d.settings.askTarget(), personId);
    const open = this.#d.actions.openOrMissed().filter((a) => !personId || a.personId === personId);
    const followUps = followUpsOf(open, today);
    const mandatesWithoutAsk = this.#d.actions
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

  #askToEscalate(askId: string, personId: string): AskAction {
    const ask = this.#d.actions.find(askId);
    if (!ask || ask.kind !== 'ask') throw new FulcrumError('invalid-input', 'A mandate can only escalate an ask, and that ask was not found. Nothing was saved.');
    if (ask.personId !== personId) throw new FulcrumError('invalid-input', `That ask was made to ${ask.personName}; a mandate must concern the same person as the ask it escalates. Nothing was saved.`);
    if (ask.status === 'escalated') return ask; // climbing the ladder for the same ask
    const reason = whyNotEscalate(ask, this.#d.today());
    if (reason) throw new FulcrumError('conflict', `${reason} Nothing was saved.`);
    return ask;
  }

  #mandatesFor(askId: string): MandateAction[] {
    return this.#d.actions.list({ escalates: askId }) as MandateAction[];
  }

  #write(action: CoachingAction, change: Pick<ActionRecord, 'status' | 'closedOn'>): CoachingAction {
    return this.#d.actions.update(action.id, { ...recordOf(action), ...change });
  }

  #actionDate(date: string | undefined): string {
    const today = this.#d.today();
    if (date === undefined) return today;
    if (date > today) throw new FulcrumError('invalid-input', `An action is dated the day you took it, so it cannot be in the future (${date} is after today, ${today}). Nothing was saved.`);
    return date;
  }
}

/** The stored columns of an action, for writing it back with changes. */
export function recordOf(action: CoachingAction): ActionRecord {
  return {
    kind: action.kind,
    personId: action.personId,
    text: action.text,
    notes: action.notes,
    date: action.date,
    status: action.status,
    closedOn: action.closedOn,
    form: action.kind === 'ask' ? action.form : null,
    how: action.kind === 'ask' ? action.confirmations.how : null,
    when: action.kind === 'ask' ? action.confirmations.when : null,
    help: action.kind === 'ask' ? action.confirmations.help : null,
    dueDate: action.kind === 'mandate' ? action.dueDate : null,
    escalates: action.kind === 'mandate' ? action.escalates : null,
    step: action.kind === 'mandate' ? action.step : null,
    category: action.kind === 'share' ? action.category : null,
    flags: action.flags,
    lessonIds: action.lessonIds,
  };
}
