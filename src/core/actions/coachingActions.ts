// The coaching journal's operations on actions: record asks, shares and mandates, change their
// status, escalate an ask that was not achieved, bin and restore. Each operation checks the rules
// (./rules) before it writes, and each write is one transaction. Actions keep one shape throughout:
// the contract's input, the records the store writes and the answers are the same CoachingAction.
import { canClimb, isMandateCandidate, mostOverdueFirst } from '../../shared/actionRules';
import type { ActionCreateInput, ActionPatch, ActionStatus, AskAction, CoachingAction, Confirmations, EpisodeMoment, EscalationInput, MandateAction } from '../../shared/contract';
import { FulcrumError } from '../../shared/errors';
import type { PeopleStore } from '../people/peopleStore';
import type { ActionStore } from './actionStore';
import { checkFieldsForKind, checkNoOpenMandate, checkStatusChange, mandatePlacement, whyNotEscalate } from './rules';

export interface CoachingActionsDeps {
  actions: ActionStore;
  people: PeopleStore;
  /** How many steps the leader's accountability ladder has. */
  ladderLength: () => number;
  /** The leader's local date now. */
  today: () => string;
}

/** What every new action of any kind is written with. */
interface Common {
  personId: string;
  text: string;
  notes: string;
  date: string;
  lessonIds: string[];
  episode: EpisodeMoment | null;
}

const momentOf = (given: { id: string; at?: number | null | undefined } | null | undefined): EpisodeMoment | null => (given ? { id: given.id, at: given.at ?? null } : null);

const blank = (value: string | null | undefined) => (value === undefined || value === null || value.trim() === '' ? null : value.trim());

/** Given confirmations replace the stored ones; those left out stay. Blank answers count as not given. */
function confirmationsOf(current: Confirmations, given: Partial<Confirmations> | undefined): Confirmations {
  return {
    how: given?.how !== undefined ? blank(given.how) : current.how,
    when: given?.when !== undefined ? blank(given.when) : current.when,
    help: given?.help !== undefined ? blank(given.help) : current.help,
  };
}

const unconfirmed: Confirmations = { how: null, when: null, help: null };

function checkNotBefore(later: string | null, day: string, what: string, action: string): void {
  if (later !== null && later < day) throw new FulcrumError('invalid-input', `The ${what} (${later}) is before the day of the ${action} (${day}). Nothing was saved.`);
}

export class CoachingActions {
  readonly #d: CoachingActionsDeps;

  constructor(deps: CoachingActionsDeps) {
    this.#d = deps;
  }

  create(input: ActionCreateInput & { date?: string | undefined }): CoachingAction {
    const { actions, people } = this.#d;
    checkFieldsForKind(input.kind, input);
    const person = people.get(input.personId);
    if (person.archived) throw new FulcrumError('conflict', `${person.name} is archived. Bring them back from the archive before recording new actions. Nothing was saved.`);
    const date = this.#actionDate(input.date);
    const common: Common = { personId: person.id, text: input.text.trim(), notes: input.notes ?? '', date, lessonIds: input.lessonIds ?? [], episode: momentOf(input.episode) };

    switch (input.kind) {
      case 'ask': {
        const confirmations = confirmationsOf(unconfirmed, input.confirmations);
        checkNotBefore(confirmations.when, date, 'expected date', 'ask');
        return actions.insert({ ...common, kind: 'ask', status: 'open', closedOn: null, flags: [], form: input.form ?? 'request', confirmations });
      }
      case 'share':
        if (!input.category) throw new FulcrumError('invalid-input', 'A share needs a category (expertise, coaching, story, idea, suggestion, experience, wisdom, thought, feeling or wish). Nothing was saved.');
        return actions.insert({ ...common, kind: 'share', status: 'done', closedOn: date, flags: [], category: input.category });
      case 'mandate':
        return actions.transaction(() => {
          const ask = input.escalates ? this.#askToEscalate(input.escalates, person.id) : null;
          return this.#insertMandate(common, input, ask, ask ? this.#mandatesFor(ask.id) : []);
        });
    }
  }

  /** Places a new mandate on the ladder above `earlier` (the mandates before it for the same ask). */
  #insertMandate(common: Common, input: Pick<ActionPatch, 'dueDate' | 'step'>, ask: AskAction | null, earlier: MandateAction[]): MandateAction {
    checkNoOpenMandate(earlier);
    const { step, flags } = mandatePlacement(ask, earlier, this.#d.ladderLength(), input.step);
    const dueDate = blank(input.dueDate);
    checkNotBefore(dueDate, common.date, 'due date', 'mandate');
    const mandate = this.#d.actions.insert({ ...common, kind: 'mandate', status: 'open', closedOn: null, dueDate, escalates: ask?.id ?? null, step, flags });
    if (ask && ask.status !== 'escalated') this.#write(ask, { status: 'escalated', closedOn: common.date });
    return mandate as MandateAction;
  }

  update(id: string, patch: ActionPatch): CoachingAction {
    const { actions } = this.#d;
    return actions.transaction(() => {
      const current = actions.get(id);
      checkFieldsForKind(current.kind, patch);
      const common = {
        text: patch.text?.trim() || current.text,
        notes: patch.notes ?? current.notes,
        date: patch.date !== undefined ? this.#actionDate(patch.date) : current.date,
        lessonIds: patch.lessonIds ?? current.lessonIds,
        episode: patch.episode !== undefined ? momentOf(patch.episode) : current.episode,
      };
      switch (current.kind) {
        case 'ask': {
          const confirmations = confirmationsOf(current.confirmations, patch.confirmations);
          checkNotBefore(confirmations.when, common.date, 'expected date', 'ask');
          return actions.update({ ...current, ...common, form: patch.form ?? current.form, confirmations });
        }
        case 'share':
          // A share is complete the day it is given.
          return actions.update({ ...current, ...common, category: patch.category ?? current.category, closedOn: common.date });
        case 'mandate':
          return actions.update(this.#updatedMandate(current, { ...current, ...common }, patch));
      }
    });
  }

  #updatedMandate(current: MandateAction, next: MandateAction, patch: ActionPatch): MandateAction {
    const { actions } = this.#d;
    next.dueDate = patch.dueDate !== undefined ? blank(patch.dueDate) : current.dueDate;
    checkNotBefore(next.dueDate, next.date, 'due date', 'mandate');
    let ask: AskAction | null = current.escalates ? (actions.get(current.escalates) as AskAction) : null;
    if (patch.escalates && patch.escalates !== current.escalates) {
      if (current.escalates) throw new FulcrumError('conflict', 'This mandate already escalates an ask; that link cannot be moved. Nothing was saved.');
      ask = this.#askToEscalate(patch.escalates, current.personId);
      if (current.status === 'open') checkNoOpenMandate(this.#mandatesFor(ask.id).filter((m) => m.id !== current.id));
      next.escalates = ask.id;
      if (ask.status !== 'escalated') this.#write(ask, { status: 'escalated', closedOn: next.date });
    }
    // The flags describe how the mandate was placed; they change only when its placement does
    // (a new step, or an ask linked at last). A mandate climbed from one with no ask keeps its own.
    if (patch.step != null || next.escalates !== current.escalates) {
      const earlier = ask ? this.#mandatesFor(ask.id).filter((m) => m.id !== current.id && m.createdAt < current.createdAt) : [];
      const placement = mandatePlacement(ask, earlier, this.#d.ladderLength(), patch.step ?? current.step);
      next.step = placement.step;
      next.flags = placement.flags;
    }
    return next;
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
  escalate(id: string, input: EscalationInput & { date?: string | undefined } = {}): { mandate: MandateAction; from: CoachingAction } {
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
      const common: Common = { personId: action.personId, text: input.text?.trim() || action.text, notes: input.notes ?? '', date: this.#actionDate(input.date), lessonIds: action.lessonIds, episode: action.episode };
      // Climbing from a mandate with no ask behind it: the missed mandate is the step below.
      const earlier = ask ? this.#mandatesFor(ask.id) : action.kind === 'mandate' ? [actions.get(action.id) as MandateAction] : [];
      const mandate = this.#insertMandate(common, input, ask, earlier);
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

  /** Asks a mandate may now escalate, the most overdue first. */
  candidates(): AskAction[] {
    const today = this.#d.today();
    return mostOverdueFirst(this.#d.actions.openOrMissed().filter((a): a is AskAction => a.kind === 'ask' && isMandateCandidate(a, today)));
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

  #write(action: CoachingAction, change: Pick<CoachingAction, 'status' | 'closedOn'>): CoachingAction {
    return this.#d.actions.update({ ...action, ...change });
  }

  #actionDate(date: string | undefined): string {
    const today = this.#d.today();
    if (date === undefined) return today;
    if (date > today) throw new FulcrumError('invalid-input', `An action is dated the day you took it, so it cannot be in the future (${date} is after today, ${today}). Nothing was saved.`);
    return date;
  }
}
