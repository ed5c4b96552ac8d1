// The action editor's form state, and how it becomes the input of `actions.create`: only the
// fields of the chosen kind are sent, since the core refuses the others.
import type { ActionKind, AskAction, AskForm, EpisodeMoment, ShareCategory } from '../../../shared/contract';
import type { InputOf } from '../../../shared/contract';

export interface ActionDraft {
  kind: ActionKind | null;
  personId: string;
  text: string;
  /** null means "today" as the core sees it; the core fills it in. */
  date: string | null;
  lessonIds: string[];
  /** The podcast episode (and moment) the action comes from. */
  episode: EpisodeMoment | null;
  notes: string;
  form: AskForm;
  how: string;
  when: string;
  help: string;
  category: ShareCategory | '';
  escalates: string;
  /** True once the leader picked the ask (or "no earlier ask") themselves; until then one is proposed. */
  escalationChosen: boolean;
  dueDate: string;
  /** '' lets the core put the mandate on the next step of the ladder. */
  step: string;
}

export function emptyDraft(patch: Partial<ActionDraft> = {}): ActionDraft {
  return {
    kind: 'ask',
    personId: '',
    text: '',
    date: null,
    lessonIds: [],
    episode: null,
    notes: '',
    form: 'request',
    how: '',
    when: '',
    help: '',
    category: '',
    escalates: '',
    escalationChosen: false,
    dueDate: '',
    step: '',
    ...patch,
  };
}

/**
 * The draft with `askId` as the ask its mandate escalates: a mandate requires exactly what was
 * asked, so the ask's words and lessons are taken unless the leader chose their own.
 */
export function escalating(draft: ActionDraft, askId: string, candidates: readonly AskAction[]): ActionDraft {
  const ask = candidates.find((a) => a.id === askId);
  // Words or lessons that are some ask's were taken from it, not written by the leader.
  const keepText = draft.text.trim() !== '' && !candidates.some((a) => a.text === draft.text);
  const keepLessons = draft.lessonIds.length > 0 && !candidates.some((a) => a.lessonIds.join() === draft.lessonIds.join());
  return {
    ...draft,
    escalates: askId,
    ...(ask && !keepText ? { text: ask.text } : {}),
    ...(ask && !keepLessons ? { lessonIds: ask.lessonIds } : {}),
  };
}

/**
 * The draft for another person: an ask of the previous person cannot be escalated for this one, so
 * it goes with the words and lessons it brought, and theirs is proposed afresh.
 */
export function forPerson(draft: ActionDraft, personId: string, candidates: readonly AskAction[]): ActionDraft {
  const previous = candidates.find((a) => a.id === draft.escalates);
  if (!previous || previous.personId === personId) return { ...draft, personId };
  return {
    ...draft,
    personId,
    escalates: '',
    escalationChosen: false,
    ...(draft.text === previous.text ? { text: '' } : {}),
    ...(draft.lessonIds.join() === previous.lessonIds.join() ? { lessonIds: [] } : {}),
  };
}

/**
 * A mandate for someone with an overdue or missed ask proposes escalating it, the most overdue
 * first (the core lists candidates in that order); "no earlier ask" is only ever the leader's choice.
 */
export function withProposedEscalation(draft: ActionDraft, candidates: readonly AskAction[]): ActionDraft {
  if (draft.kind !== 'mandate' || draft.escalationChosen || draft.escalates !== '' || !draft.personId) return draft;
  const proposed = candidates.find((ask) => ask.personId === draft.personId);
  return proposed ? escalating(draft, proposed.id, candidates) : draft;
}

/** The question the action's text answers, for each kind (the label of its text field). */
export const textQuestion: Record<ActionKind, string> = {
  ask: 'What do you ask?',
  share: 'What do you share?',
  mandate: 'What do you require?',
};

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The create input, or a sentence saying what is missing before the core is even asked. */
export function createInput(draft: ActionDraft): InputOf<'actions.create'> | string {
  if (!draft.kind) return 'Choose what kind of action this is: an ask, a share or a mandate.';
  if (!draft.personId) return 'Choose the person this action is with.';
  const base = { kind: draft.kind, personId: draft.personId, text: draft.text, notes: draft.notes, lessonIds: draft.lessonIds, ...(draft.episode ? { episode: draft.episode } : {}), ...(draft.date ? { date: draft.date } : {}) };
  switch (draft.kind) {
    case 'ask':
      return { ...base, form: draft.form, confirmations: { how: orNull(draft.how), when: orNull(draft.when), help: orNull(draft.help) } };
    case 'share':
      if (!draft.category) return 'Choose what you shared: expertise, coaching, a story, an idea, and so on.';
      return { ...base, category: draft.category };
    case 'mandate':
      return { ...base, escalates: orNull(draft.escalates), dueDate: orNull(draft.dueDate), step: draft.step ? Number(draft.step) : null };
  }
}
